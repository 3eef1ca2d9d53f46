import 'reflect-metadata';
import { benchPriorityList } from '#libs/law68';
import {
  REFRESH_PARTITIONS,
  runMatchingBench,
  runNewVacancyBench,
  runThroughputBench,
} from '#libs/matching';
import { runSearchBenchmark } from '#libs/search';
import { runBulletinBench } from './bulletin.bench.js';
import { runImportsBench } from './imports.bench.js';
import { benchConfig, openBenchDatabase } from './bench-database.js';
import { runLoadTest } from './load-test.js';
import { runRefreshBench } from './refresh-workers.bench.js';
import { measureWebBundle } from './web-bundle.js';

/**
 * `npm run bench`: the benchmarks of the issues, on generated Lombardy-scale data, printed as one
 * JSON report on standard output (progress goes to standard error). Sizes can be reduced for a
 * quick look: `node dist/bench/src/main.js 20000 4000`; BENCH_ONLY=bulletin,search,priority,matching,load,imports
 * picks some of them (the bulletin runs first: its peak memory is that of this whole process);
 * BENCH_NETWORK=1 generates (in a schema of its own) the data with all vacancies shared in one network;
 * matching also measures (`network` alone) the network case and the full refresh with one and two worker processes
 * (BENCH_REFRESH_PARTITIONS=8 runs 8 of the 64 partitions and extrapolates);
 * `web` measures the console's first-load bundle against its budget; `imports` uploads, checks and
 * imports a CSV of BENCH_IMPORT_ROWS companies (100,000 by default) through the real worker.
 */
const [candidates = 500_000, vacancies = 100_000] = process.argv.slice(2).map(Number);
const only = new Set(
  (process.env.BENCH_ONLY ?? 'web,bulletin,search,priority,matching,load,imports').split(','),
);
const size = {
  organisations: candidates >= 100_000 ? 30 : 3,
  companies: Math.max(10, Math.round(vacancies / 5)),
  candidates,
  vacancies,
  // BENCH_NETWORK=1: every organisation in one network, every vacancy shared in it.
  sharedInOneNetwork: process.env.BENCH_NETWORK === '1',
};
const log = (line: string) => console.error(line);
const report: Record<string, unknown> = {
  size,
  machine: { cpus: (await import('node:os')).cpus().length },
};

if (only.has('web')) {
  log('console web: peso del primo caricamento...');
  report.webBundle = await measureWebBundle();
}
if (only.has('bulletin')) {
  log('bollettino: composizione e invio...');
  report.bulletin = await runBulletinBench({
    databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    vacancies,
    subscribers: Math.min(20_000, Math.round(candidates / 25)),
    log,
  });
}
if (only.has('imports')) {
  log('importazioni: caricamento, prova e importazione di un CSV di aziende...');
  report.imports = await runImportsBench({
    databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    rows: Number(process.env.BENCH_IMPORT_ROWS ?? 100_000),
    log,
  });
}
const needsDatabase = ['search', 'priority', 'matching', 'network', 'load'].some((name) =>
  only.has(name),
);
const dataSource = needsDatabase ? await openBenchDatabase(size, log) : null;
try {
  if (dataSource && only.has('search')) {
    log('ricerca: indicizzazione e interrogazioni...');
    report.search = await runSearchBenchmark(dataSource, { documents: vacancies });
  }
  if (only.has('priority')) {
    log('lista di priorità dello scouting...');
    report.scoutingPriorityList = await benchPriorityList({
      databaseUrl: benchConfig(size).DATABASE_URL,
      companies: Math.min(10_000, size.companies),
      candidates: Math.min(50_000, candidates),
    });
  }
  if (dataSource && only.has('matching')) {
    log('abbinamenti...');
    report.matching = await runMatchingBench(dataSource, {
      queries: Number(process.env.BENCH_QUERIES ?? 200),
      baselineQueries: Number(process.env.BENCH_BASELINE_QUERIES ?? 30),
      recomputes: Number(process.env.BENCH_RECOMPUTES ?? 200),
    });
  }
  if (dataSource && (only.has('matching') || only.has('network'))) {
    log('abbinamenti in rete: indice in memoria, ricerca inversa, nuove offerte...');
    report.matchingNetwork = await runThroughputBench(
      dataSource,
      {
        queries: Number(process.env.BENCH_QUERIES ?? 200),
        baselineQueries: Number(process.env.BENCH_NETWORK_BASELINE_QUERIES ?? 10),
      },
      log,
    );
    report.matchingRefresh = await runRefreshBench(
      dataSource,
      size,
      Number(process.env.BENCH_REFRESH_PARTITIONS ?? REFRESH_PARTITIONS),
      log,
      Number(process.env.BENCH_REFRESH_PARTITIONS_TOTAL ?? REFRESH_PARTITIONS),
    );
    log('nuove offerte nelle liste delle persone...');
    report.matchingNewVacancy = await runNewVacancyBench(
      dataSource,
      Number(process.env.BENCH_NEW_VACANCIES ?? 8),
    ).catch((error: Error) => ({ error: error.message.slice(0, 300) }));
  }
  if (only.has('load')) {
    log('prova di carico sulla API (loopback)...');
    report.loadTest = await runLoadTest();
  }
  console.log(JSON.stringify(report, null, 2));
} finally {
  await dataSource?.destroy();
}
