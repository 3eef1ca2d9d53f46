import { benchPriorityList } from './priority-list.bench.js';

/**
 * Runs the benchmark small, to keep it working; PRIORITY_BENCH_FULL=1 runs the size
 * (10,000 companies, 50,000 candidates) and prints the JSON.
 */
describe('priority list benchmark', () => {
  const full = process.env.PRIORITY_BENCH_FULL === '1';

  it(
    full
      ? 'answers in under one second on 10,000 companies and 50,000 candidates'
      : 'runs on a small dataset',
    async () => {
      const result = await benchPriorityList(
        full
          ? { keepSchema: process.env.PRIORITY_BENCH_KEEP === '1' }
          : { organisations: 2, companies: 300, candidates: 1500, runs: 2 },
      );
      console.log(JSON.stringify(result, null, 2));
      expect(result.companiesBelowQuota).toBeGreaterThan(0);
      expect(result.organisations.every((o) => o.companiesListed > 0)).toBe(true);
      // A list where nobody is near anybody would time the easy case.
      expect(result.organisations.every((o) => o.withPeopleNearby > 0)).toBe(true);
      if (full) expect(result.maxMs).toBeLessThan(1000);
    },
    full ? 900_000 : 120_000,
  );
});
