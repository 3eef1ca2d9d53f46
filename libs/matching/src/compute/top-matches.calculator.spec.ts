import type { PossiblePair } from '../domain/match-result.types.js';
import { comparePairs } from '../domain/pair-order.rules.js';
import { rankedIds, topMatches } from './top-matches.calculator.js';

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
});
