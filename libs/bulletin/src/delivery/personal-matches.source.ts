import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dayInRome } from '#libs/kernel';
import { safeError } from '#libs/platform';
import { DataSource } from 'typeorm';
import { type OfferRow, toOfferItem } from '../composition/offer-row.mapper.js';
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
      const rows: OfferRow[] = await this.dataSource.query(PERSONAL_MATCHES_SQL, [
        organisationId,
        candidateId,
        dayInRome(now),
        PERSONAL_MATCHES_MAX,
      ]);
      return rows.map(toOfferItem);
    } catch (error) {
      this.logger.warn(
        { candidateId, error: { ...safeError(error), stack: undefined } },
        'abbinamenti personali non disponibili: la copia parte senza la sezione',
      );
      return undefined;
    }
  }
}
