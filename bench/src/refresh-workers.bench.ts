import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { activeCandidateSql } from '#libs/candidates';
import { matchingJobs, REFRESH_PARTITIONS } from '#libs/matching';
import { enqueueJobs, QUEUES, redisOptions } from '#libs/platform';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { type BenchSize, benchConfig } from './bench-database.js';

/** One pass over the partitions: lists refreshed, how fast, and the whole region at that rate. */
export interface RefreshPass {
  lists: number;
  seconds: number;
  listsPerSecond: number;
  /** Every active person's list at the measured rate. */
  fullRefreshMinutes: number;
}

export interface RefreshRun {
  workers: number;
  /** Partitions run out of `partitions` (a share of the people at full scale, to keep it short). */
  partitionsRun: number;
  partitions: number;
  lists: number;
  seconds: number;
  listsPerSecond: number;
  /** Every active person's list at the measured rate (measured when all partitions ran). */
  fullRefreshMinutes: number;
  /**
   * The same partitions refreshed again once the first pass is done: the nightly case, each list
   * and the pairs its person holds in vacancies' lists already stored, every row rewritten.
   */
  again: RefreshPass;
  indexLoadSeconds: number[];
  /** Each worker process's peak resident memory, its vacancy and people indexes loaded. */
  peakRssMb: number[];
}

export interface RefreshBench {
  activePeople: number;
  /**
   * The server's autovacuum and shared buffers. With autovacuum off (this machine's CI server), the
   * benchmark vacuums and analyses the stored lists before each run, as autovacuum would between
   * two nightly refreshes: without it the dead rows of every earlier run stay in the tables and
   * their statistics never follow their growth.
   */
  server: { autovacuum: string; sharedBuffers: string };
  runs: RefreshRun[];
  /** Lists per second with two workers over one worker (first pass, and again). */
  twoOverOne: number;
  twoOverOneAgain: number;
  /** Load average of the machine (1 min) before and after: the machine is shared. */
  loadAverage: number[];
}

const WORKER = fileURLToPath(new URL('./refresh-worker.js', import.meta.url));

function message<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: string } & T) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before '${type}'`)));
  });
}

async function run(
  size: BenchSize,
  workers: number,
  first: number,
  partitionsRun: number,
  partitions: number,
  activePeople: number,
  log: (line: string) => void,
): Promise<RefreshRun> {
  const config = benchConfig(size);
  const prefix = `bench_refresh_${process.pid}_${workers}`;
  const children = Array.from({ length: workers }, () =>
    fork(WORKER, [JSON.stringify(size), prefix], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
  );
  const queue = new Queue(QUEUES.matching, {
    connection: redisOptions(config.REDIS_URL, 'producer'),
    prefix,
  });
  try {
    const ready = await Promise.all(
      children.map((child) => message<{ loadSeconds: number }>(child, 'ready')),
    );
    log(`  ${workers} worker pronti (indice in ${ready.map((r) => r.loadSeconds).join(', ')} s)`);
    const pass = async (name: string): Promise<RefreshPass> => {
      await queue.obliterate({ force: true });
      const started = performance.now();
      await enqueueJobs(
        queue,
        matchingJobs.refreshPartition,
        Array.from({ length: partitionsRun }, (_, i) => ({
          run: name,
          partition: first + i,
          partitions,
        })),
      );
      for (;;) {
        const counts = await queue.getJobCounts('completed', 'failed');
        if (counts.failed > 0) throw new Error('a refresh partition failed');
        if (counts.completed >= partitionsRun) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const seconds = (performance.now() - started) / 1000;
      const jobs = await queue.getJobs(['completed'], 0, partitionsRun);
      const lists = jobs.reduce((sum, job) => sum + (job.returnvalue?.refreshed ?? 0), 0);
      const rate = lists / seconds;
      return {
        lists,
        seconds: Math.round(seconds * 10) / 10,
        listsPerSecond: Math.round(rate * 10) / 10,
        fullRefreshMinutes: Math.round((activePeople / rate / 60) * 10) / 10,
      };
    };
    const runName = `bench${Date.now()}`;
    const firstPass = await pass(runName);
    log(`  ${firstPass.listsPerSecond} liste al secondo; di nuovo, sulle liste appena scritte...`);
    const again = await pass(`${runName}-again`);
    const done = children.map((child) => message<{ peakRssMb: number }>(child, 'done'));
    for (const child of children) child.send('stop');
    const peaks = await Promise.all(done);
    return {
      workers,
      partitionsRun,
      partitions,
      ...firstPass,
      again,
      indexLoadSeconds: ready.map((r) => r.loadSeconds),
      peakRssMb: peaks.map((p) => p.peakRssMb),
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

/**
 * A refresh of every person's stored list (every vacancy visible to every organisation, see
 * runThroughputBench), cut into partition jobs (REFRESH_PARTITIONS, as the worker does, unless
 * given) taken by one, then two, worker processes through BullMQ. `partitionsRun` below
 * `partitions` measures a share of the people (other partitions for each run, so that each run
 * meets lists in the same state) and extrapolates the full refresh from its rate. Each run refreshes
 * its partitions twice: the first pass writes lists where there were none (a new installation),
 * the second rewrites them (the nightly refresh).
 */
export async function runRefreshBench(
  dataSource: DataSource,
  size: BenchSize,
  partitionsRun: number,
  log: (line: string) => void,
  partitions: number = REFRESH_PARTITIONS,
): Promise<RefreshBench> {
  const loadBefore = loadavg()[0];
  const [{ count }]: Array<{ count: number }> = await dataSource.query(
    `SELECT count(*)::int AS count FROM candidates c WHERE ${activeCandidateSql('c')}`,
  );
  const [{ autovacuum }]: Array<{ autovacuum: string }> = await dataSource.query(
    `SELECT current_setting('autovacuum') AS autovacuum`,
  );
  const [{ sharedBuffers }]: Array<{ sharedBuffers: string }> = await dataSource.query(
    `SELECT current_setting('shared_buffers') AS "sharedBuffers"`,
  );
  const runs: RefreshRun[] = [];
  const share = Math.min(partitionsRun, Math.floor(partitions / 2));
  for (const workers of [1, 2]) {
    if (autovacuum !== 'on') {
      log('  manutenzione delle liste salvate (autovacuum spento su questo server)...');
      await dataSource.query('VACUUM (ANALYZE) matches, match_explanations, match_subjects');
    }
    log(`aggiornamento completo delle liste, ${workers} worker...`);
    runs.push(await run(size, workers, (workers - 1) * share, share, partitions, count, log));
  }
  return {
    activePeople: count,
    server: { autovacuum, sharedBuffers },
    runs,
    twoOverOne: Math.round((runs[1].listsPerSecond / runs[0].listsPerSecond) * 100) / 100,
    twoOverOneAgain:
      Math.round((runs[1].again.listsPerSecond / runs[0].again.listsPerSecond) * 100) / 100,
    loadAverage: [loadBefore, loadavg()[0]].map((load) => Math.round(load * 10) / 10),
  };
}
