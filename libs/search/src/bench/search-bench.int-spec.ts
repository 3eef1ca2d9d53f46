import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { runSearchBenchmark } from './search.bench.js';

/**
 * Keeps the benchmark working on a small corpus; SEARCH_BENCH_DOCUMENTS=100000 runs the real one
 * (about a minute). Timings are printed, not asserted: shared CI machines are too noisy for that.
 */
describe('search benchmark (integration)', () => {
  const config = testConfig(uniqueTestName('search_bench'));
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createTestDatabase(config, { municipalities: false });
  });
  afterAll(() => dropTestDatabase(config, dataSource));

  it('indexes synthetic vacancies and times text + facets + radius queries', async () => {
    const documents = Number(process.env.SEARCH_BENCH_DOCUMENTS ?? 2000);
    const report = await runSearchBenchmark(dataSource, {
      documents,
      queries: Number(process.env.SEARCH_BENCH_QUERIES ?? 100),
    });
    console.log(JSON.stringify(report));
    expect(report.documents).toBe(documents);
    expect(report.queries.p95Ms).toBeGreaterThanOrEqual(report.queries.p50Ms);
    expect(report.queries.withHits).toBeGreaterThan(report.queries.count / 2);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM search_documents`,
    );
    expect(count).toBe(0);
  }, 600_000);
});
