import { queryPrepared } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { candidatesInReachQuery, REACH_QUERY_SHARES, reachShares } from '../store/prefilter.sql.js';
import { RefreshBatchReader } from '../store/refresh-batch.reader.js';
import {
  byBound,
  type SoftCandidate,
  softMaximum,
  softPointsFor,
} from './soft-bound.calculator.js';
import { TightRanking, tightBound } from './tight-ranking.calculator.js';
import { topMatches } from './top-matches.calculator.js';
import type { IndexedVacancy } from './vacancy-index.calculator.js';

export interface PersonInReach {
  id: string;
  organisationId: string;
  /** An upper bound of the pair's score (the SQL part, the exact taxonomy points, a margin). */
  bound: number;
}

interface ReachRow {
  id: string;
  organisation_id: string;
  bound: number;
  soft: string;
}

/**
 * Everyone who might take the vacancy among the organisations that see it (the networks' rule, in
 * SQL: candidatesInReachQuery), with the SQL part of their bound: the reverse query of the vacancy
 * index.
 */
async function reachRows(
  dataSource: DataSource,
  vacancy: IndexedVacancy,
  context: MatchContext,
): Promise<ReachRow[]> {
  const shares = await Promise.all(
    reachShares(vacancy.visibleTo.size > 1 ? REACH_QUERY_SHARES : 1).map((share) => {
      const query = candidatesInReachQuery(vacancy.profile.id, context.today, undefined, share);
      return queryPrepared<ReachRow>(dataSource, query.sql, query.params);
    }),
  );
  return shares.flat();
}

/** The tight bound of a row of the reverse query (see TightRanking), and the loose one. */
function reachBounds(vacancy: IndexedVacancy, context: MatchContext) {
  const loose = softMaximum(context);
  const softPoints = softPointsFor(context);
  return {
    loose: (row: ReachRow) => tightBound(row.bound, loose, loose),
    tight: (row: ReachRow) =>
      tightBound(
        row.bound,
        loose,
        softPoints(JSON.parse(row.soft) as SoftCandidate, vacancy.profile),
      ),
  };
}

/**
 * Everyone who might take the vacancy among the organisations that see it, best bound first: a new
 * or changed vacancy reaches these people's lists.
 */
export async function peopleInReach(
  dataSource: DataSource,
  vacancy: IndexedVacancy,
  context: MatchContext,
): Promise<PersonInReach[]> {
  const { tight } = reachBounds(vacancy, context);
  return (await reachRows(dataSource, vacancy, context))
    .map((row) => ({ id: row.id, organisationId: row.organisation_id, bound: tight(row) }))
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
  const rows = await reachRows(dataSource, vacancy, context);
  const { loose, tight } = reachBounds(vacancy, context);
  const ranked = new TightRanking(rows, loose, (row) => ({ id: row.id, bound: tight(row) }));
  const { pairs, scored } = await topMatches(ranked, limit, (ids) =>
    evaluatePeople(dataSource, vacancy.profile, ids, context),
  );
  return { pairs, survivors: rows.length, scored };
}
