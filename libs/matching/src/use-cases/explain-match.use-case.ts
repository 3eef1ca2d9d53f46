import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadSensitive } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { explainPair } from '../domain/match-explanation.js';
import type { PairEvaluation } from '../domain/match-result.js';
import { redactConstraints } from '../access/match-disclosure.js';
import { MatchingTaxonomy } from '../compute/matching-context.js';
import { MatchingError } from '../matching.error.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';

export type MatchExplanation = PairEvaluation & {
  /** The vacancy is open for proposals today (false: the evaluation is for information only). */
  vacancyOpen: boolean;
  /** The stored match, when the pair is in a stored list. */
  stored: { score: number; computedAt: Date } | null;
};

/**
 * GET /candidates/{id}/matches/{vacancyId}: the full "why / why not" of one pair, evaluated now
 * with every hard constraint passed or failed and every factor with its points.
 */
@Injectable()
export class ExplainMatchUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
  ) {}

  async execute(actor: Actor, candidateId: string, vacancyId: string): Promise<MatchExplanation> {
    const { organisationId } = actor;
    const [people, places] = await Promise.all([
      this.dataSource.query(
        `SELECT assigned_tutor_ids FROM candidates WHERE id = $1 AND organisation_id = $2`,
        [candidateId, organisationId],
      ) as Promise<Array<{ assigned_tutor_ids: string[] }>>,
      this.dataSource.query(
        `SELECT reserved_l68, (status = 'OPEN' AND archived_at IS NULL) AS open
           FROM vacancies WHERE id = $1 AND organisation_id = $2`,
        [vacancyId, organisationId],
      ) as Promise<Array<{ reserved_l68: string | null; open: boolean }>>,
    ]);
    if (!people[0]) throw MatchingError.candidateNotFound();
    if (!places[0]) throw MatchingError.vacancyNotFound();
    const disclose = canReadSensitive(actor, { assignedTutorIds: people[0].assigned_tutor_ids });
    if (places[0].reserved_l68 && !disclose) throw MatchingError.reservedNotOnCase();

    const reader = new MatchProfilesReader(this.dataSource);
    const [candidate, vacancy] = await Promise.all([
      reader.candidate(organisationId, candidateId),
      reader.vacancy(organisationId, vacancyId),
    ]);
    const evaluation = explainPair(candidate!, vacancy!, this.matching.context());
    const [stored]: Array<{ score: string; computed_at: Date }> = await this.dataSource.query(
      `SELECT score, computed_at FROM matches WHERE candidate_id = $1 AND vacancy_id = $2`,
      [candidateId, vacancyId],
    );
    return {
      ...evaluation,
      constraints: redactConstraints(evaluation.constraints, disclose),
      vacancyOpen: places[0].open,
      stored: stored ? { score: Number(stored.score), computedAt: stored.computed_at } : null,
    };
  }
}
