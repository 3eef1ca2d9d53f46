import { Injectable } from '@nestjs/common';
import type { L68Category, TargetGroup } from '#libs/kernel';
import { AppConfig, type DataCipher } from '#libs/platform';
import type {
  AsylumStatus,
  HealthLimitations,
  JusticeStatus,
  L68Registration,
  Referral,
  ViolenceStatus,
} from './candidate.types.js';
import type { CandidateSensitiveEntity } from './entities/candidate-sensitive.entity.js';
import { l68IndexValue } from './l68-registration.sql.js';

/** The special-category data of a candidate, opened. */
export interface CandidateSensitive {
  candidateId: string;
  organisationId: string;
  targetGroups: TargetGroup[];
  l68: L68Registration | null;
  /** Derived for matching: the Law 68 category the person is registered for in the elenco, if any. */
  l68EligibleCategory: L68Category | null;
  health: HealthLimitations | null;
  justice: JusticeStatus | null;
  asylum: AsylumStatus | null;
  violence: ViolenceStatus | null;
  referral: Referral | null;
}

type SealedFields = Omit<
  CandidateSensitive,
  'candidateId' | 'organisationId' | 'l68EligibleCategory'
>;

/**
 * Plaintexts are padded to a multiple of this, so that an envelope's length does not tell a person
 * with several special categories from one with none (a full record stays well under it).
 */
const PAD_TO = 1024;

/**
 * Seals and opens candidate_sensitive rows. All fields go in one envelope bound to the candidate
 * (so no column says which categories a person has, and no envelope can be moved to another person);
 * the Law 68 category is kept beside it only as a keyed blind index that SQL can test.
 */
@Injectable()
export class CandidateSensitiveSealer {
  private readonly cipher: DataCipher;

  constructor(config: AppConfig) {
    this.cipher = config.dataCipher;
  }

  get activeKeyId(): string {
    return this.cipher.activeKeyId;
  }

  empty(candidate: { id: string; organisationId: string }): CandidateSensitive {
    return {
      candidateId: candidate.id,
      organisationId: candidate.organisationId,
      targetGroups: [],
      l68: null,
      l68EligibleCategory: null,
      health: null,
      justice: null,
      asylum: null,
      violence: null,
      referral: null,
    };
  }

  open(row: CandidateSensitiveEntity): CandidateSensitive {
    return openCandidateSensitive(this.cipher, row);
  }

  /** The row to store: sealed under the active key, its blind index computed under the same key. */
  seal(data: CandidateSensitive): Omit<CandidateSensitiveEntity, 'updatedAt'> {
    return sealCandidateSensitive(this.cipher, data);
  }
}

export function openCandidateSensitive(
  cipher: DataCipher,
  row: Pick<CandidateSensitiveEntity, 'candidateId' | 'organisationId' | 'sealed'>,
): CandidateSensitive {
  const fields = JSON.parse(
    cipher.open(row.sealed, context(row.candidateId)).toString('utf8'),
  ) as SealedFields;
  return {
    candidateId: row.candidateId,
    organisationId: row.organisationId,
    ...fields,
    l68EligibleCategory: eligibleCategory(fields.l68),
  };
}

/** A candidate_sensitive row sealed under the active key, with its blind index under the same key. */
export function sealCandidateSensitive(
  cipher: DataCipher,
  data: CandidateSensitive,
): Omit<CandidateSensitiveEntity, 'updatedAt'> {
  const { candidateId, organisationId, l68EligibleCategory: _derived, ...fields } = data;
  const json = JSON.stringify(fields);
  const padded = json.padEnd(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO, ' ');
  return {
    candidateId,
    organisationId,
    keyId: cipher.activeKeyId,
    sealed: cipher.seal(Buffer.from(padded, 'utf8'), context(candidateId)),
    l68Index: cipher.blindIndex(l68IndexValue(candidateId, eligibleCategory(fields.l68))),
  };
}

function context(candidateId: string) {
  return { table: 'candidate_sensitive', rowId: candidateId, field: 'sealed' };
}

function eligibleCategory(l68: L68Registration | null): L68Category | null {
  return l68?.registeredInList ? l68.category : null;
}
