import { Injectable } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import { todayInRome } from '#libs/kernel';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadSensitive } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { explainPair } from '../domain/match-explanation.rules.js';
import type { PairEvaluation } from '../domain/match-result.types.js';
import { redactConstraints } from '../access/match-disclosure.policy.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { MatchingError } from '../matching.error.js';
import { MatchesRepository } from '../store/matches.repository.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { MatchSubjectsReader } from '../store/match-subjects.reader.js';

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
  private readonly subjects: MatchSubjectsReader;
  private readonly matches: MatchesRepository;
  private readonly profiles: MatchProfilesReader;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
    private readonly cases: CandidateCaseReader,
  ) {
    this.subjects = new MatchSubjectsReader(dataSource);
    this.matches = new MatchesRepository(dataSource);
    this.profiles = new MatchProfilesReader(dataSource);
  }

  async execute(
    actor: Actor,
    candidateId: string,
    vacancyId: string,
    today = todayInRome(),
  ): Promise<MatchExplanation> {
    const { organisationId } = actor;
    const [candidateCase, vacancyState] = await Promise.all([
      this.cases.caseOf(organisationId, candidateId),
      this.subjects.vacancyState(organisationId, vacancyId, today),
    ]);
    if (!candidateCase) throw MatchingError.candidateNotFound();
    if (!vacancyState) throw MatchingError.vacancyNotFound();
    const disclose = canReadSensitive(actor, candidateCase);
    if (vacancyState.reservedL68 && !disclose) throw MatchingError.reservedNotOnCase();

    const [candidate, vacancy] = await Promise.all([
      this.profiles.candidate(organisationId, candidateId),
      this.profiles.vacancy(organisationId, vacancyId),
    ]);
    const evaluation = explainPair(candidate!, vacancy!, this.matching.context(today));
    const stored = await this.matches.storedPair(candidateId, vacancyId);
    return {
      ...evaluation,
      constraints: redactConstraints(evaluation.constraints, disclose),
      vacancyOpen: vacancyState.open,
      stored,
    };
  }
}
