import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTRACT_TYPES, dayInRome } from '#libs/kernel';
import { safeError } from '#libs/platform';
import { DataSource } from 'typeorm';
import { closesAfterDay, publishedAfterDay } from '../contents/rome-dates.js';
import type { OfferItem } from '../domain/edition-items.js';
import { PERSONAL_MATCHES_MAX } from '../rendering/edition.view.js';
import { PERSONAL_MATCHES_SQL } from './personal-matches.sql.js';

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
      const rows: MatchRow[] = await this.dataSource.query(PERSONAL_MATCHES_SQL, [
        organisationId,
        candidateId,
        dayInRome(now),
        PERSONAL_MATCHES_MAX,
      ]);
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
