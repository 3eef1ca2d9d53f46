import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationId, queryPrepared } from '#libs/platform';
import { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.js';
import type { PossiblePair } from '../domain/match-result.js';
import { todayInRome } from '#libs/kernel';
import { MatchingTaxonomy } from '../compute/matching-context.js';
import {
  byBound,
  type SoftCandidate,
  softMaximum,
  softPointsFor,
  softVacancy,
} from '../compute/soft-bound.js';
import { topMatches } from '../compute/top-matches.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { type MatchFilters, vacanciesForCandidateQuery } from '../store/prefilter-queries.js';

type VacancyBoundRow = Parameters<typeof softVacancy>[0] & { id: string; bound: number };

export interface FindMatchesInput {
  organisationId: OrganisationId;
  id: string;
  limit: number;
  filters?: MatchFilters;
  today?: string;
}

export interface ComputedMatches<S, P> {
  /** The profile the matches were computed for. */
  subject: S;
  pairs: PossiblePair[];
  /** The profiles of the other side of each pair, by id. */
  others: Map<string, P>;
  /** Pairs that passed the SQL pre-filter, and how many of them the core had to score. */
  survivors: number;
  scored: number;
}

/**
 * The best vacancies for a candidate, computed now: SQL pre-filters the hard constraints with its
 * indexes and orders the survivors by a score bound, the pure core scores only as many as needed.
 * Used by the recomputation jobs and the benchmark; the API lists read the stored result.
 */
@Injectable()
export class FindMatchesForCandidate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
  ) {}

  async execute(
    input: FindMatchesInput,
  ): Promise<ComputedMatches<CandidateMatchProfile, VacancyMatchProfile> | null> {
    const today = input.today ?? todayInRome();
    const reader = new MatchProfilesReader(this.dataSource);
    const query = vacanciesForCandidateQuery(input.organisationId, input.id, today, input.filters);
    // The pre-filter needs only the id: it runs beside the profile's own read.
    const [candidate, rows] = await Promise.all([
      reader.candidate(input.organisationId, input.id),
      queryPrepared<VacancyBoundRow>(this.dataSource, query.sql, query.params),
    ]);
    if (!candidate) return null;
    const context = this.matching.context(today);
    const softSelf: SoftCandidate = candidate;
    const loose = softMaximum(context);
    const softPoints = softPointsFor(context);
    const ranked = rows
      .map((row) => ({
        id: row.id,
        bound: row.bound - loose + softPoints(softSelf, softVacancy(row)),
      }))
      .sort(byBound);
    const others = new Map<string, VacancyMatchProfile>();
    const { pairs, scored } = await topMatches(
      ranked,
      input.limit,
      (pair) => pair.vacancyId,
      async (ids) => {
        const profiles = await reader.vacancies(input.organisationId, ids);
        return profiles.flatMap((vacancy) => {
          others.set(vacancy.id, vacancy);
          const pair = evaluatePair(candidate, vacancy, context);
          return pair.possible ? [pair] : [];
        });
      },
    );
    return { subject: candidate, pairs, others, survivors: ranked.length, scored };
  }
}
