import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryPrepared } from '#libs/platform';
import { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.js';
import { todayInRome } from '#libs/kernel';
import { MatchingTaxonomy } from '../compute/matching-context.js';
import {
  byBound,
  type SoftCandidate,
  softMaximum,
  softPointsFor,
  type SoftVacancy,
} from '../compute/soft-bound.js';
import { topMatches } from '../compute/top-matches.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { candidatesForVacancyQuery } from '../store/prefilter-queries.js';
import type { ComputedMatches, FindMatchesInput } from './find-matches-for-candidate.use-case.js';

/** `soft` is the JSON text of match_soft_terms: the SoftCandidate fields, read as the profile reads them. */
type CandidateBoundRow = { id: string; bound: number; soft: string };

/** The best candidates for a vacancy, computed now (see FindMatchesForCandidate). */
@Injectable()
export class FindMatchesForVacancy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
  ) {}

  async execute(
    input: Omit<FindMatchesInput, 'filters'>,
  ): Promise<ComputedMatches<VacancyMatchProfile, CandidateMatchProfile> | null> {
    const today = input.today ?? todayInRome();
    const reader = new MatchProfilesReader(this.dataSource);
    const query = candidatesForVacancyQuery(input.organisationId, input.id, today);
    // The pre-filter needs only the id: it runs beside the profile's own read.
    const [vacancy, rows] = await Promise.all([
      reader.vacancy(input.organisationId, input.id),
      queryPrepared<CandidateBoundRow>(this.dataSource, query.sql, query.params),
    ]);
    if (!vacancy) return null;
    const context = this.matching.context(today);
    const softSelf: SoftVacancy = vacancy;
    const loose = softMaximum(context);
    const softPoints = softPointsFor(context);
    const ranked = rows
      .map((row) => ({
        id: row.id,
        bound: row.bound - loose + softPoints(JSON.parse(row.soft) as SoftCandidate, softSelf),
      }))
      .sort(byBound);
    const others = new Map<string, CandidateMatchProfile>();
    const { pairs, scored } = await topMatches(
      ranked,
      input.limit,
      (pair) => pair.candidateId,
      async (ids) => {
        const profiles = await reader.candidates(input.organisationId, ids);
        return profiles.flatMap((candidate) => {
          others.set(candidate.id, candidate);
          const pair = evaluatePair(candidate, vacancy, context);
          return pair.possible ? [pair] : [];
        });
      },
    );
    return { subject: vacancy, pairs, others, survivors: ranked.length, scored };
  }
}
