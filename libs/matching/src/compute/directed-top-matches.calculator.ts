import { type OrganisationId, queryPrepared } from '#libs/platform';
import { todayInRome } from '#libs/kernel';
import type { DataSource } from 'typeorm';
import type { MatchContext, PossiblePair } from '../domain/match-result.types.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import type { MatchFilters } from '../store/prefilter.sql.js';
import type { BoundRow, MatchDirection } from './match-direction.rules.js';
import type { MatchingTaxonomy } from './matching-context.loader.js';
import { directedRanking } from './tight-ranking.calculator.js';
import { AdmittedRanking, topMatches } from './top-matches.calculator.js';

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
 * The pre-filter's rows from elsewhere than its SQL (a vacancy's people from the worker's people
 * index: PeopleIndexLoader.survivors), the same rows with the same bounds, for a subject already
 * loaded; `admit`, when given, is a last test of the rows asked a chunk at a time in rank order
 * (AdmittedRanking).
 */
export type Survivors<S> = (subject: S, context: MatchContext) => Promise<SurvivingRows>;

export interface SurvivingRows<R extends BoundRow = BoundRow> {
  rows: R[];
  admit?: (ids: string[]) => Promise<ReadonlySet<string>>;
}

/**
 * The best matches of one subject in one direction, computed now: SQL pre-filters the hard
 * constraints with its indexes and returns the SQL part of a score bound (prepared statements, run
 * beside the subject's own read since they need only the id; a vacancy's people in two shares of the
 * organisations that see it, at once: REACH_QUERY_SHARES) or `survivors` gives the same rows, the
 * taxonomy factors make the bound tight (for as many rows as the top N needs: TightRanking), and the
 * pure core scores the survivors best bound first, only as many as needed.
 */
export async function computeTopMatches<S extends { id: string }, O extends { id: string }>(
  direction: MatchDirection<S, O>,
  dataSource: DataSource,
  matching: MatchingTaxonomy,
  input: FindMatchesInput,
  survivors?: Survivors<S>,
): Promise<ComputedMatches<S, O> | null> {
  const today = input.today ?? todayInRome();
  const context = matching.context(today);
  const reader = new MatchProfilesReader(dataSource);
  let subject: S | null;
  let rows: BoundRow[];
  let admit: SurvivingRows['admit'];
  if (survivors) {
    subject = await direction.loadSubject(reader, input.organisationId, input.id);
    ({ rows, admit } = subject ? await survivors(subject, context) : { rows: [] });
  } else {
    const queries = direction.prefilter(input.organisationId, input.id, today, input.filters);
    let shares: BoundRow[][];
    [subject, shares] = await Promise.all([
      direction.loadSubject(reader, input.organisationId, input.id),
      Promise.all(
        queries.map((query) => queryPrepared<BoundRow>(dataSource, query.sql, query.params)),
      ),
    ]);
    rows = shares.flat();
  }
  if (!subject) return null;
  const tight = directedRanking(direction, subject, rows, context);
  const ranked = admit ? new AdmittedRanking(tight, admit) : tight;
  const others = new Map<string, O>();
  const { pairs, scored } = await topMatches(ranked, input.limit, async (ids) => {
    const profiles = await direction.loadOthers(reader, input.organisationId, ids, input.id);
    return profiles.flatMap((other) => {
      others.set(other.id, other);
      const pair = direction.evaluate(subject, other, context);
      return pair.possible ? [pair] : [];
    });
  });
  return { subject, pairs, others, survivors: rows.length, scored };
}
