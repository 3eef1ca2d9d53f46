import type { PossiblePair } from '../domain/match-result.types.js';
import { comparePairs } from '../domain/pair-order.rules.js';

export interface BoundedId {
  id: string;
  bound: number;
}

/**
 * Ids best bound first (then by id), read as topMatches asks: see TightRanking. A ranking may answer
 * later (AdmittedRanking asks the database which ids go on).
 */
export interface RankedIds {
  /** The next id, left in place. */
  peek(): BoundedId | undefined | Promise<BoundedId | undefined>;
  /** The next `count` ids. */
  take(count: number): BoundedId[] | Promise<BoundedId[]>;
}

/** An array already in topMatches' order, as RankedIds. */
export function rankedIds(sorted: readonly BoundedId[]): RankedIds {
  let next = 0;
  return {
    peek: () => sorted[next],
    take: (count) => sorted.slice(next, (next += count)),
  };
}

/**
 * Exact top N over pre-filtered ids sorted by an upper bound of their score (best bound first).
 * Profiles are loaded and scored a batch at a time; the scan stops as soon as the N-th best exact
 * score is strictly above the next bound, because nothing after it can score more. The result is
 * the one the core's ranking would give over all the ids (same scores, same tie order).
 */
export async function topMatches(
  ranked: RankedIds,
  limit: number,
  scoreBatch: (ids: string[]) => Promise<PossiblePair[]>,
): Promise<{ pairs: PossiblePair[]; scored: number }> {
  let best: PossiblePair[] = [];
  let scored = 0;
  // A few more than N: the first batch usually settles the top N, and the core's cost is per pair.
  let batchSize = limit + Math.max(4, Math.ceil(limit / 4));
  while (limit > 0) {
    const next = await ranked.peek();
    if (!next) break;
    const cut = best.length >= limit ? best[limit - 1].score : -Infinity;
    if (next.bound < cut) break;
    const batch = (await ranked.take(batchSize)).filter((item) => item.bound >= cut);
    batchSize *= 2;
    scored += batch.length;
    best = best.concat(await scoreBatch(batch.map((item) => item.id)));
    best.sort(comparePairs);
    best = best.slice(0, limit);
  }
  return { pairs: best, scored };
}

/**
 * The ids of a ranking that `admit` lets through, in the same order, asked a chunk of `chunk` ids at
 * a time as topMatches reads on: a test that costs a query per id (a reserved vacancy's Law 68
 * registration, decided in the database) runs on the best rows the top N reaches, not on every
 * pre-filtered one.
 */
export class AdmittedRanking implements RankedIds {
  private readonly admitted: BoundedId[] = [];
  private exhausted = false;
  /** Ids asked of `admit`. */
  asked = 0;

  constructor(
    private readonly ranked: RankedIds,
    private readonly admit: (ids: string[]) => Promise<ReadonlySet<string>>,
    private readonly chunk = 1000,
  ) {}

  async peek(): Promise<BoundedId | undefined> {
    await this.fill(1);
    return this.admitted[0];
  }

  async take(count: number): Promise<BoundedId[]> {
    await this.fill(count);
    return this.admitted.splice(0, count);
  }

  private async fill(count: number): Promise<void> {
    while (this.admitted.length < count && !this.exhausted) {
      const next = await this.ranked.take(this.chunk);
      if (next.length === 0) {
        this.exhausted = true;
        return;
      }
      this.asked += next.length;
      const admitted = await this.admit(next.map((item) => item.id));
      for (const item of next) if (admitted.has(item.id)) this.admitted.push(item);
    }
  }
}
