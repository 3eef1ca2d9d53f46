import type { PossiblePair } from '../domain/match-result.types.js';
import { comparePairs } from '../domain/pair-order.rules.js';
import { AdmittedRanking, rankedIds, topMatches } from './top-matches.calculator.js';

const pair = (id: string, score: number) =>
  ({ candidateId: 'c', vacancyId: id, score }) as PossiblePair;

describe('topMatches', () => {
  it('stops scoring once nothing left can enter the top N, and keeps the core order', async () => {
    const scores: Record<string, number> = {};
    const ranked = Array.from({ length: 500 }, (_, i) => {
      const id = `v${String(i).padStart(3, '0')}`;
      scores[id] = 90 - i * 0.1;
      return { id, bound: scores[id] + 5 };
    });
    const asked: string[] = [];
    const result = await topMatches(rankedIds(ranked), 3, async (ids) => {
      asked.push(...ids);
      return ids.map((id) => pair(id, scores[id]));
    });
    expect(result.pairs.map((p) => p.vacancyId)).toEqual(['v000', 'v001', 'v002']);
    expect(asked.length).toBeLessThan(100);
  });

  it('orders equal scores by the pair tie key, as the core does, even across batches', async () => {
    const ranked = Array.from({ length: 80 }, (_, i) => ({
      id: `v${String(79 - i).padStart(2, '0')}`,
      bound: 50,
    }));
    const result = await topMatches(rankedIds(ranked), 2, async (ids) =>
      ids.map((id) => pair(id, 50)),
    );
    const core = ranked
      .map(({ id }) => pair(id, 50))
      .sort(comparePairs)
      .slice(0, 2);
    expect(result.pairs.map((p) => p.vacancyId)).toEqual(core.map((p) => p.vacancyId));
  });

  it('leaves out impossible pairs and handles an empty list', async () => {
    const none = await topMatches(rankedIds([]), 5, async () => []);
    expect(none.pairs).toEqual([]);
    const ranked = [
      { id: 'a', bound: 80 },
      { id: 'b', bound: 70 },
    ];
    const some = await topMatches(rankedIds(ranked), 5, async (ids) =>
      ids.filter((id) => id === 'b').map((id) => pair(id, 60)),
    );
    expect(some.pairs.map((p) => p.vacancyId)).toEqual(['b']);
  });

  it('reads only the admitted ids, in the ranking order, asking a chunk at a time as far as the top N needs', async () => {
    // 5,000 rows; every seventh is admitted (registered under Law 68, say).
    const ranked = Array.from({ length: 5000 }, (_, i) => ({
      id: `c${String(i).padStart(4, '0')}`,
      bound: 100 - i * 0.01,
    }));
    const admittedIds = new Set(ranked.filter((_, i) => i % 7 === 3).map((row) => row.id));
    const asks: number[] = [];
    const admitted = new AdmittedRanking(
      rankedIds(ranked),
      async (ids) => {
        asks.push(ids.length);
        return new Set(ids.filter((id) => admittedIds.has(id)));
      },
      300,
    );
    const score = async (ids: string[]) =>
      ids.map((id) => pair(id, 100 - Number(id.slice(1)) * 0.01 - 1));
    const result = await topMatches(admitted, 20, score);
    const expected = await topMatches(
      rankedIds(ranked.filter((row) => admittedIds.has(row.id))),
      20,
      score,
    );
    expect(result.pairs).toEqual(expected.pairs);
    expect(result.pairs.every((p) => admittedIds.has(p.vacancyId))).toBe(true);
    // A few chunks of 300, not the 5,000 rows.
    expect(asks.every((size) => size === 300)).toBe(true);
    expect(admitted.asked).toBeLessThan(1500);
    expect(admitted.asked).toBeGreaterThanOrEqual(300);
    // Read to its end, it gives the admitted rows not yet taken, in order: a suffix of them all.
    const rest = (await admitted.take(10_000)).map((row) => row.id);
    const inOrder = [...admittedIds];
    expect(rest.length).toBeGreaterThan(500);
    expect(rest).toEqual(inOrder.slice(inOrder.length - rest.length));
    expect(await admitted.peek()).toBeUndefined();
  });
});
