import 'reflect-metadata';
import { openBenchDatabase } from './bench-database.js';

/** Generates (or finds) the benchmark data without measuring: `node dist/bench/src/prepare.js N V`. */
const [candidates = 500_000, vacancies = 100_000] = process.argv.slice(2).map(Number);
const size = {
  organisations: candidates >= 100_000 ? 30 : 3,
  companies: Math.max(10, Math.round(vacancies / 5)),
  candidates,
  vacancies,
  // BENCH_NETWORK=1: every organisation in one network, every vacancy shared in it.
  sharedInOneNetwork: process.env.BENCH_NETWORK === '1',
};
const dataSource = await openBenchDatabase(size, (line) => console.log(line));
await dataSource.destroy();
