import { queryPrepared } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { candidatesInReachQuery } from '../store/prefilter.sql.js';
import { RefreshBatchReader } from '../store/refresh-batch.reader.js';
import {
  byBound,
  type SoftCandidate,
  softMaximum,
  softPointsFor,
} from './soft-bound.calculator.js';
import { topMatches } from './top-matches.calculator.js';
import type { IndexedVacancy } from './vacancy-index.calculator.js';

export interface PersonInReach {
  id: string;
  organisationId: string;
  /** An upper bound of the pair's score (the SQL part, the exact taxonomy points, a margin). */
  bound: number;
}

/**
 * A vacancy seen by several organisations is walked in this many shares of them at once, each on a
 * connection of its own: the walk reads the reach index page by page (a site in Milan, tens of
 * thousands of people of 30 organisations), and PostgreSQL gives one query one core.
 */
export const REACH_QUERY_SHARES = 2;

/**
 * Everyone who might take the vacancy among the organisations that see it (the networks' rule, in
 * SQL: candidatesInReachQuery), best bound first:
 * the reverse query of the vacancy index (a new or changed vacancy reaches these people's lists).
 */
export async function peopleInReach(
  dataSource: DataSource,
  vacancy: IndexedVacancy,
  context: MatchContext,
): Promise<PersonInReach[]> {
  const of = vacancy.visibleTo.size > 1 ? REACH_QUERY_SHARES : 1;
  const shares = await Promise.all(
    Array.from({ length: of }, (_, part) => {
      const query = candidatesInReachQuery(vacancy.profile.id, context.today, undefined, {
        part,
        of,
      });
      return queryPrepared<{ id: string; organisation_id: string; bound: number; soft: string }>(
        dataSource,
        query.sql,
        query.params,
      );
    }),
  );
  const rows = shares.flat();
  const loose = softMaximum(context);
  const softPoints = softPointsFor(context);
  return rows
    .map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      bound: row.bound - loose + softPoints(JSON.parse(row.soft) as SoftCandidate, vacancy.profile),
    }))
    .sort(byBound);
}

/** Loads people by id (any organisation of the network) and lets the core evaluate each pair. */
export async function evaluatePeople(
  dataSource: DataSource,
  vacancy: VacancyMatchProfile,
  ids: readonly string[],
  context: MatchContext,
  profiles?: Map<string, CandidateMatchProfile>,
): Promise<PossiblePair[]> {
  const people = await new RefreshBatchReader(dataSource).candidates(ids);
  return people.flatMap(({ profile, active }) => {
    profiles?.set(profile.id, profile);
    if (!active) return [];
    const pair = evaluatePair(profile, vacancy, context);
    return pair.possible ? [pair] : [];
  });
}

/** The vacancy's best `limit` people across the organisations that can see it, as the core ranks them. */
export async function topPeopleInReach(
  dataSource: DataSource,
  vacancy: IndexedVacancy,
  context: MatchContext,
  limit: number,
): Promise<{ pairs: PossiblePair[]; survivors: number; scored: number }> {
  const ranked = await peopleInReach(dataSource, vacancy, context);
  const { pairs, scored } = await topMatches(ranked, limit, (ids) =>
    evaluatePeople(dataSource, vacancy.profile, ids, context),
  );
  return { pairs, survivors: ranked.length, scored };
}
