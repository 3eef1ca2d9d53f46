import { Rng, WeightedTable } from './prng.js';

function draws(rng: Rng, count: number): number[] {
  return Array.from({ length: count }, () => rng.uint32());
}

describe('Rng', () => {
  it('gives the same stream for the same seed, on every machine', () => {
    expect(draws(new Rng(42), 1000)).toEqual(draws(new Rng(42), 1000));
    expect(draws(new Rng('demo'), 1000)).toEqual(draws(new Rng('demo'), 1000));
    // Pinned values: a change to the algorithm would silently change every demo database.
    expect(draws(new Rng(42), 3)).toEqual([2258495261, 801819658, 1739561921]);
  });

  it('gives unrelated streams for nearby seeds', () => {
    const a = draws(new Rng(1), 100);
    const b = draws(new Rng(2), 100);
    expect(a.filter((value, i) => value === b[i])).toHaveLength(0);
  });

  it('forks streams that depend on the label only, not on what the parent drew', () => {
    const used = new Rng(7);
    draws(used, 50);
    expect(draws(used.fork('candidates'), 20)).toEqual(draws(new Rng(7).fork('candidates'), 20));
    expect(draws(new Rng(7).fork('a'), 20)).not.toEqual(draws(new Rng(7).fork('b'), 20));
  });

  it('draws integers in the closed range, both ends included', () => {
    const rng = new Rng('int');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('follows the weights', () => {
    const rng = new Rng('weights');
    const counts = { A: 0, B: 0, C: 0 };
    for (let i = 0; i < 20_000; i += 1) counts[rng.choose({ A: 1, B: 3, C: 0 })] += 1;
    expect(counts.C).toBe(0);
    expect(counts.A / 20_000).toBeCloseTo(0.25, 1);
    const indexes = [0, 0, 0];
    for (let i = 0; i < 20_000; i += 1) indexes[rng.weightedIndex([70, 20, 10])] += 1;
    expect(indexes[0] / 20_000).toBeCloseTo(0.7, 1);
  });

  it('keeps normal draws inside their bounds, centred on the mean', () => {
    const rng = new Rng('normal');
    const values = Array.from({ length: 5000 }, () => rng.normalInt(38, 7, 22, 55));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(22);
    expect(Math.max(...values)).toBeLessThanOrEqual(55);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(38, 0);
  });

  it('samples distinct items', () => {
    const picked = new Rng('sample').sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(new Rng('sample').sample(['a'], 3)).toEqual(['a']);
  });

  it('makes repeatable version-4 UUIDs', () => {
    const uuid = new Rng('ids').uuid();
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Rng('ids').uuid()).toBe(uuid);
  });
});

describe('WeightedTable', () => {
  it('never draws an item of weight zero and favours the heavy ones', () => {
    const table = new WeightedTable(['village', 'ghost', 'city'], (name) =>
      name === 'city' ? 90 : name === 'village' ? 10 : 0,
    );
    const rng = new Rng('table');
    const counts: Record<string, number> = { village: 0, ghost: 0, city: 0 };
    for (let i = 0; i < 10_000; i += 1) counts[table.draw(rng)] += 1;
    expect(counts.ghost).toBe(0);
    expect(counts.city / 10_000).toBeCloseTo(0.9, 1);
  });
});
