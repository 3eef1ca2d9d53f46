import 'reflect-metadata';
import { runMatchingBench } from '#libs/matching';
import { openBenchDatabase } from './bench-database.js';

/**
 * `npm run bench`: matching on generated Lombardy-scale data (issue 4). Sizes can be reduced for a
 * quick look: `node dist/bench/src/main.js 20000 4000`. Prints one JSON report.
 */
const [candidates = 500_000, vacancies = 100_000] = process.argv.slice(2).map(Number);
const size = {
  organisations: candidates >= 100_000 ? 30 : 3,
  companies: Math.max(10, Math.round(vacancies / 5)),
  candidates,
  vacancies,
};
const log = (line: string) => console.error(line);
const dataSource = await openBenchDatabase(size, log);
try {
  log('misura in corso...');
  const report = await runMatchingBench(dataSource, {
    queries: Number(process.env.BENCH_QUERIES ?? 200),
    baselineQueries: Number(process.env.BENCH_BASELINE_QUERIES ?? 10),
    recomputes: Number(process.env.BENCH_RECOMPUTES ?? 200),
  });
  console.log(JSON.stringify({ size, matching: report }, null, 2));
} finally {
  await dataSource.destroy();
}
