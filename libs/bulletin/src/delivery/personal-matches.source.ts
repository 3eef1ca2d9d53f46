import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTRACT_TYPES } from '#libs/kernel';
import { safeError } from '#libs/platform';
import { DataSource } from 'typeorm';
import { dayInRome } from '#libs/kernel';
import { closesAfterDay, publishedAfterDay } from '../contents/rome-dates.js';
import type { OfferItem } from '../domain/edition-items.js';
import { PERSONAL_MATCHES_MAX } from '../rendering/edition.view.js';

/** A candidate's own best matches, for their copy only. */
export abstract class PersonalMatchesSource {
  abstract forCandidate(
    organisationId: string,
    candidateId: string,
    now: Date,
  ): Promise<OfferItem[] | undefined>;
}

interface MatchRow {
  id: string;
  title: string;
  companyName: string;
  municipalityName: string;
  contractType: string;
  kmZero: boolean;
  publishedOn: string;
  expiresOn: string | null;
}

/**
 * Reads the matches stored by the matching worker (table `matches`, the candidate's own list),
 * only while the candidate's record holds the bulletin consent. Positions reserved under Law 68 are
 * left out: an e-mail may be read over someone's shoulder, and such an offer would hint at a
 * disability. A failure here costs the section, never the bulletin.
 */
@Injectable()
export class PostgresPersonalMatchesSource extends PersonalMatchesSource {
  private readonly logger = new Logger(PostgresPersonalMatchesSource.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async forCandidate(organisationId: string, candidateId: string, now: Date) {
    try {
      const rows: MatchRow[] = await this.dataSource.query(
        `SELECT v.id, v.title, co.name AS "companyName", m.name AS "municipalityName",
                v.contract_type AS "contractType", v.km_zero AS "kmZero",
                v.published_at::text AS "publishedOn", v.expires_at::text AS "expiresOn"
           FROM candidates ca
           JOIN matches x ON x.candidate_id = ca.id AND x.for_candidate
           JOIN vacancies v ON v.id = x.vacancy_id
           JOIN companies co ON co.id = v.company_id
           JOIN municipalities m ON m.istat_code = v.municipality_code
          WHERE ca.id = $2 AND ca.organisation_id = $1 AND ca.archived_at IS NULL
            AND (ca.consent ->> 'bulletin')::boolean IS TRUE
            AND v.organisation_id = $1 AND v.status = 'OPEN' AND v.archived_at IS NULL
            AND v.reserved_l68 IS NULL
            AND v.published_at < $3::date AND (v.expires_at IS NULL OR v.expires_at >= $3::date)
          ORDER BY x.score DESC, v.id
          LIMIT $4`,
        [organisationId, candidateId, dayInRome(now), PERSONAL_MATCHES_MAX],
      );
      return rows.map((row): OfferItem => ({
        id: row.id,
        title: row.title,
        companyName: row.companyName,
        municipality: row.municipalityName,
        contractLabel:
          CONTRACT_TYPES[row.contractType as keyof typeof CONTRACT_TYPES] ?? row.contractType,
        kmZero: row.kmZero,
        publishedAt: publishedAfterDay(row.publishedOn),
        expiresAt: row.expiresOn ? closesAfterDay(row.expiresOn) : undefined,
      }));
    } catch (error) {
      this.logger.warn(
        { candidateId, error: { ...safeError(error), stack: undefined } },
        'abbinamenti personali non disponibili: la copia parte senza la sezione',
      );
      return undefined;
    }
  }
}
