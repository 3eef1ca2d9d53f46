import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import {
  type ComputedMatches,
  computeTopMatches,
  type FindMatchesInput,
} from '../compute/directed-top-matches.calculator.js';
import { VACANCY_TO_CANDIDATES } from '../compute/match-direction.rules.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';

/** The best candidates for a vacancy, computed now (see computeTopMatches). */
@Injectable()
export class FindMatchesForVacancy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
  ) {}

  execute(
    input: Omit<FindMatchesInput, 'filters'>,
  ): Promise<ComputedMatches<VacancyMatchProfile, CandidateMatchProfile> | null> {
    return computeTopMatches(VACANCY_TO_CANDIDATES, this.dataSource, this.matching, input);
  }
}
