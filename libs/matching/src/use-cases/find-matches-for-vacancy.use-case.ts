import { Injectable, Optional } from '@nestjs/common';
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
import { PeopleIndexLoader } from '../compute/people-index.loader.js';

/**
 * The best candidates for a vacancy, computed now (see computeTopMatches): the people who might take
 * it from the process's people index when it has one (the worker's), else from the reverse query.
 */
@Injectable()
export class FindMatchesForVacancy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
    @Optional() private readonly people?: PeopleIndexLoader,
  ) {}

  execute(
    input: Omit<FindMatchesInput, 'filters'>,
  ): Promise<ComputedMatches<VacancyMatchProfile, CandidateMatchProfile> | null> {
    const people = this.people;
    return computeTopMatches(
      VACANCY_TO_CANDIDATES,
      this.dataSource,
      this.matching,
      input,
      people && ((vacancy, context) => people.survivors(vacancy, context, input.organisationId)),
    );
  }
}
