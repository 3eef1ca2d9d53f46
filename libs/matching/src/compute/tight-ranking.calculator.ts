import type { MatchContext } from '../domain/match-result.types.js';
import type { BoundRow, MatchDirection } from './match-direction.rules.js';
import { byBound, softMaximum, softPointsFor } from './soft-bound.calculator.js';
import type { BoundedId } from './top-matches.calculator.js';

/**
 * Pre-filtered rows in the order topMatches wants (best tight bound first, then id: byBound),
 * tightening a row's bound only when it could come next. SQL's bound counts the taxonomy factors at
 * full weight (the loose bound); the tight bound replaces that with their exact points, which costs
 * the JSON of the row's terms and the taxonomy. A row whose loose bound is below the best tight bound
 * already computed cannot come before it, so a list of 20,000 people near a site is tightened only
 * as far as the top N needs (its best few thousand loose bounds), not whole.
 *
 * `tighten` must never exceed the loose bound it is given (the loose bound with the exact points
 * instead of the full weight, computed the same way: see tightBound), or the order breaks.
 */
export class TightRanking<R> {
  private readonly loose: Float64Array;
  /**
   * The rows not yet tightened, as a binary heap of their places by loose bound (best first): only
   * the few the top N reaches are ever taken out of it, so the rows are never sorted whole (sorting
   * 26,000 loose bounds through a comparator was a fifth of a vacancy's time in Node).
   */
  private readonly untightened: Uint32Array;
  private untightenedCount: number;
  private readonly heap: BoundedId[] = [];
  /** Rows whose tight bound was computed. */
  tightened = 0;

  constructor(
    private readonly rows: readonly R[],
    looseBound: (row: R) => number,
    private readonly tighten: (row: R) => BoundedId,
  ) {
    this.loose = Float64Array.from(rows, looseBound);
    this.untightened = Uint32Array.from(rows.keys());
    this.untightenedCount = rows.length;
    for (let at = (this.untightenedCount >> 1) - 1; at >= 0; at--) this.siftLoose(at);
  }

  /** The next row in byBound order, left in place. */
  peek(): BoundedId | undefined {
    this.settle();
    return this.heap[0];
  }

  /** The next `count` rows in byBound order. */
  take(count: number): BoundedId[] {
    const taken: BoundedId[] = [];
    while (taken.length < count) {
      this.settle();
      const next = this.pop();
      if (!next) break;
      taken.push(next);
    }
    return taken;
  }

  /** Tightens rows until none left untightened could come before the best tightened one. */
  private settle(): void {
    while (
      this.untightenedCount > 0 &&
      (this.heap.length === 0 || this.loose[this.untightened[0]] >= this.heap[0].bound)
    ) {
      const next = this.untightened[0];
      this.untightenedCount -= 1;
      this.untightened[0] = this.untightened[this.untightenedCount];
      this.siftLoose(0);
      this.push(this.tighten(this.rows[next]));
      this.tightened += 1;
    }
  }

  /** Moves the place at `at` down the loose heap to where its loose bound belongs. */
  private siftLoose(at: number): void {
    const { untightened: heap, loose } = this;
    const count = this.untightenedCount;
    const place = heap[at];
    for (;;) {
      const left = 2 * at + 1;
      if (left >= count) break;
      const right = left + 1;
      const child = right < count && loose[heap[right]] > loose[heap[left]] ? right : left;
      if (loose[heap[child]] <= loose[place]) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = place;
  }

  // A binary heap in byBound order.
  private push(item: BoundedId): void {
    const heap = this.heap;
    let at = heap.push(item) - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (byBound(heap[parent], item) <= 0) break;
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = item;
  }

  private pop(): BoundedId | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || !last) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && byBound(heap[right], heap[left]) < 0 ? right : left;
      if (byBound(last, heap[child]) <= 0) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = last;
    return top;
  }
}

/**
 * The tight bound of a row and the loose bound to rank it by, computed the same way (the SQL bound
 * less the full weight of the taxonomy factors, plus their points or their full weight), so that the
 * tight one never exceeds the loose one, even by a rounding.
 */
export function tightBound(sqlBound: number, softMaximum: number, softPoints: number): number {
  return sqlBound - softMaximum + softPoints;
}

/**
 * A direction's pre-filtered rows ranked for its subject: loose bounds from the rows, tight ones
 * with the taxonomy points of the direction (what computeTopMatches reads).
 */
export function directedRanking<S extends { id: string }, O extends { id: string }>(
  direction: MatchDirection<S, O>,
  subject: S,
  rows: readonly BoundRow[],
  context: MatchContext,
): TightRanking<BoundRow> {
  const loose = softMaximum(context);
  const softPoints = softPointsFor(context);
  return new TightRanking(
    rows,
    (row) => tightBound(row.bound, loose, loose),
    (row) => ({
      id: row.id,
      bound: tightBound(row.bound, loose, direction.softPoints(softPoints, subject, row)),
    }),
  );
}
