import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import {
  type ComputedMatches,
  computeTopMatches,
  type FindMatchesInput,
} from '../compute/directed-top-matches.calculator.js';
import { CANDIDATE_TO_VACANCIES } from '../compute/match-direction.rules.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';

export type {
  ComputedMatches,
  FindMatchesInput,
} from '../compute/directed-top-matches.calculator.js';

/**
 * The best vacancies for a candidate, computed now (see computeTopMatches). Used by the
 * recomputation jobs and the benchmark; the API lists read the stored result.
 */
@Injectable()
export class FindMatchesForCandidate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
  ) {}

  execute(
    input: FindMatchesInput,
  ): Promise<ComputedMatches<CandidateMatchProfile, VacancyMatchProfile> | null> {
    return computeTopMatches(CANDIDATE_TO_VACANCIES, this.dataSource, this.matching, input);
  }
}
