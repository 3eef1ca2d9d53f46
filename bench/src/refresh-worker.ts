import 'reflect-metadata';
import {
  MatchingTaxonomy,
  matchingJobs,
  PeopleIndexLoader,
  RefreshCandidateListsUseCase,
  VacancyIndexLoader,
} from '#libs/matching';
import { QUEUES, redisOptions, typeOrmOptions } from '#libs/platform';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { type BenchSize, benchConfig } from './bench-database.js';

/**
 * One matching worker process of the refresh benchmark (forked by refresh-workers.bench.ts): the
 * vacancy index and the people index in memory, a BullMQ worker taking refresh partitions from the
 * shared queue. Tells its parent when its indexes are loaded and, when asked to stop, its peak
 * resident memory.
 */
const size = JSON.parse(process.argv[2]) as BenchSize;
const prefix = process.argv[3];
const config = benchConfig(size);
const dataSource = await new DataSource(typeOrmOptions(config)).initialize();
// The networks' rule: with BENCH_NETWORK=1 every vacancy is shared with every organisation.
const loader = new VacancyIndexLoader(dataSource);
const started = performance.now();
const index = await loader.current();
const loadSeconds = Math.round(performance.now() - started) / 1000;
// The people index too, as a production worker holds it once it has run a vacancy's job: the
// refresh does not read it, the process's peak memory counts it.
await new PeopleIndexLoader(dataSource).current();
const refresh = new RefreshCandidateListsUseCase(dataSource, loader, new MatchingTaxonomy());
const worker = new Worker(
  QUEUES.matching,
  async (job) => {
    if (job.name !== matchingJobs.refreshPartition.name) return null;
    return refresh.executePartition(job.data.partition, job.data.partitions);
  },
  { connection: redisOptions(config.REDIS_URL, 'worker'), prefix, concurrency: 2 },
);
process.send!({ type: 'ready', loadSeconds, vacancies: index.size });
process.on('message', (message) => {
  if (message !== 'stop') return;
  void (async () => {
    await worker.close();
    await dataSource.destroy();
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.send!({ type: 'done', peakRssMb }, () => process.exit(0));
  })();
});
