import { byBound } from './soft-bound.calculator.js';
import { TightRanking, tightBound } from './tight-ranking.calculator.js';

interface Row {
  id: string;
  sql: number;
  soft: number;
}

const SOFT_MAXIMUM = 43;

/** Rows as the pre-filter returns them: the SQL bound, and taxonomy points it does not know. */
function rows(count: number, seed: number): Row[] {
  // mulberry32: a small seeded generator, so that a failure can be replayed.
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, (_, i) => ({
    // Few distinct values, so that equal bounds (ordered by id) are common.
    id: `p${String(Math.floor(random() * count)).padStart(5, '0')}-${i}`,
    sql: 50 + Math.round(random() * 40) / 2,
    soft: [0, 3.7, 8, 12.5, SOFT_MAXIMUM][Math.floor(random() * 5)],
  }));
}

const ranking = (list: Row[]) =>
  new TightRanking(
    list,
    (row) => tightBound(row.sql, SOFT_MAXIMUM, SOFT_MAXIMUM),
    (row) => ({ id: row.id, bound: tightBound(row.sql, SOFT_MAXIMUM, row.soft) }),
  );

const everyRowTightened = (list: Row[]) =>
  list
    .map((row) => ({ id: row.id, bound: tightBound(row.sql, SOFT_MAXIMUM, row.soft) }))
    .sort(byBound);

describe('TightRanking', () => {
  it('gives the rows in the order of their tight bounds, ties by id, as sorting them all would', () => {
    for (const seed of [1, 2, 3]) {
      const list = rows(3_000, seed);
      const lazy = ranking(list);
      const taken = [...lazy.take(7), ...lazy.take(100), ...lazy.take(10_000)];
      expect(taken).toEqual(everyRowTightened(list));
      expect(lazy.peek()).toBeUndefined();
    }
  });

  it('tightens only the rows whose loose bound could still come first', () => {
    const list = rows(3_000, 4);
    const lazy = ranking(list);
    const first = lazy.take(50);
    expect(first).toEqual(everyRowTightened(list).slice(0, 50));
    expect(lazy.peek()).toEqual(everyRowTightened(list)[50]);
    // Whatever has a loose bound above the 51st tight bound, and no more.
    const needed = list.filter(
      (row) => tightBound(row.sql, SOFT_MAXIMUM, SOFT_MAXIMUM) >= lazy.peek()!.bound,
    ).length;
    expect(lazy.tightened).toBe(needed);
    expect(lazy.tightened).toBeLessThan(list.length / 2);
  });

  it('handles no rows', () => {
    const lazy = ranking([]);
    expect(lazy.peek()).toBeUndefined();
    expect(lazy.take(5)).toEqual([]);
    expect(lazy.tightened).toBe(0);
  });
});
