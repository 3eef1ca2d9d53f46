import type { L68Category } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { mayShowPair, redactExplanation } from '../access/match-disclosure.policy.js';
import type { ConstraintResult, MatchFactor } from '../domain/match-result.types.js';
import type { MatchesRepository } from '../store/matches.repository.js';
import type { StoredMatchQuery } from '../store/stored-match-filters.sql.js';
import type { MatchSubjectType, StoredExplanation } from '../store/stored-matches.writer.js';
import { type PackedExplanation, unpackExplanation } from '../store/stored-explanation.codec.js';

export interface MatchItemBase {
  score: number;
  distanceKm: number;
  summary: string;
  constraints: ConstraintResult[];
  factors: MatchFactor[];
  computedAt: Date;
  firstSeenAt: Date;
  /** Appeared after the reader's previous visit to this list. */
  isNew: boolean;
}

export interface MatchList<T> {
  items: T[];
  /** When the list was computed, and whether a change is waiting to be recomputed. */
  computedAt: Date | null;
  pending: boolean;
  lastVisitAt: Date | null;
  newSinceLastVisit: number;
}

/** What every stored-list row carries, whichever side it lists. */
export interface StoredListRow {
  score: string;
  distance_km: string;
  factors: StoredExplanation | PackedExplanation;
  computed_at: Date;
  first_seen_at: Date;
  reserved_l68: L68Category | null;
}

/** One side of the stored lists: what differs between a candidate's list and a vacancy's. */
export interface MatchListSide<Row extends StoredListRow, Other extends object> {
  subject: MatchSubjectType;
  /** The stored rows of the subject's list, best first. */
  rows(): Promise<Row[]>;
  /** Whether the reader is on the case of the row's person (sensitive details shown). */
  disclosed(row: Row): boolean;
  /** What the item shows of the other side, e.g. `{ vacancy: {...} }`. */
  other(row: Row): Other;
}

/**
 * Reads a stored list the same way for both sides: the reader's previous visit, the rows, the pairs
 * the reader may not see (reserved vacancies of people not on the reader's cases) left out without a
 * trace, sensitive details redacted, and the visit recorded. No count of what was left out: reserved
 * pairs exist only for registered people, so any count above zero would say that someone is.
 */
export async function readMatchList<Row extends StoredListRow, Other extends object>(
  matches: MatchesRepository,
  actor: Actor,
  id: string,
  query: StoredMatchQuery,
  side: MatchListSide<Row, Other>,
): Promise<MatchList<Other & MatchItemBase>> {
  const status = await matches.subjectStatus(actor.userId, side.subject, id);
  const rows = await side.rows();
  const shown = rows.filter((row) => mayShowPair(side.disclosed(row), row.reserved_l68));
  const items = shown.slice(0, query.limit).map((row): Other & MatchItemBase => ({
    ...side.other(row),
    score: Number(row.score),
    distanceKm: Number(row.distance_km),
    ...redactExplanation(unpackExplanation(row.factors), side.disclosed(row)),
    computedAt: row.computed_at,
    firstSeenAt: row.first_seen_at,
    isNew: status.lastVisitAt === null || row.first_seen_at > status.lastVisitAt,
  }));
  if (query.markSeen !== false) {
    await matches.recordVisit({
      userId: actor.userId,
      organisationId: actor.organisationId,
      type: side.subject,
      id,
    });
  }
  return {
    items,
    computedAt: status.computedAt,
    pending: status.pending,
    lastVisitAt: status.lastVisitAt,
    newSinceLastVisit: items.filter((item) => item.isNew).length,
  };
}
