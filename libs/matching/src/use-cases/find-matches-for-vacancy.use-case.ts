import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { evaluatePair } from '../core/match-explanation.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../core/match-profiles.js';
import { MatchingTaxonomy, todayInRome } from '../compute/matching-context.js';
import {
  byBound,
  softCandidate,
  softMaximum,
  softPoints,
  type SoftVacancy,
} from '../compute/soft-bound.js';
import { topMatches } from '../compute/top-matches.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { candidatesForVacancyQuery } from '../store/prefilter-queries.js';
import type { ComputedMatches, FindMatchesInput } from './find-matches-for-candidate.use-case.js';

type CandidateBoundRow = Parameters<typeof softCandidate>[0] & { id: string; bound: number };

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
    const vacancy = await reader.vacancy(input.organisationId, input.id);
    if (!vacancy) return null;
    const query = candidatesForVacancyQuery(input.organisationId, input.id, today);
    const rows: CandidateBoundRow[] = await this.dataSource.query(query.sql, query.params);
    const context = this.matching.context(today);
    const softSelf: SoftVacancy = vacancy;
    const loose = softMaximum(context);
    const ranked = rows
      .map((row) => ({
        id: row.id,
        bound: row.bound - loose + softPoints(softCandidate(row), softSelf, context),
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
