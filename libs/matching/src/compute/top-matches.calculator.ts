import type { PossiblePair } from '../domain/match-result.types.js';
import { comparePairs } from '../domain/pair-order.rules.js';

export interface BoundedId {
  id: string;
  bound: number;
}

/**
 * Exact top N over pre-filtered ids sorted by an upper bound of their score (best bound first).
 * Profiles are loaded and scored a batch at a time; the scan stops as soon as the N-th best exact
 * score is strictly above the next bound, because nothing after it can score more. The result is
 * the one the core's ranking would give over all the ids (same scores, same tie order).
 */
export async function topMatches(
  ranked: readonly BoundedId[],
  limit: number,
  scoreBatch: (ids: string[]) => Promise<PossiblePair[]>,
): Promise<{ pairs: PossiblePair[]; scored: number }> {
  let best: PossiblePair[] = [];
  let scored = 0;
  // A few more than N: the first batch usually settles the top N, and the core's cost is per pair.
  let batchSize = limit + Math.max(4, Math.ceil(limit / 4));
  let next = 0;
  while (next < ranked.length) {
    if (limit === 0) break;
    const cut = best.length >= limit ? best[limit - 1].score : -Infinity;
    if (ranked[next].bound < cut) break;
    const batch = ranked.slice(next, next + batchSize).filter((item) => item.bound >= cut);
    next += batchSize;
    batchSize *= 2;
    scored += batch.length;
    best = best.concat(await scoreBatch(batch.map((item) => item.id)));
    best.sort(comparePairs);
    best = best.slice(0, limit);
  }
  return { pairs: best, scored };
}
