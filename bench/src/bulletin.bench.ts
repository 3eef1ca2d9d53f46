import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig, typeOrmOptions } from '#libs/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { BULLETIN_JOBS, BulletinQueues, weekKeyOf } from '#libs/bulletin';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { deleteKeys, sampleMemory } from './bench-process.js';
import { startSmtpSink } from '../../libs/bulletin/src/bench/bench-smtp-sink.js';
import {
  type BenchSize,
  seedBulletinBench,
} from '../../libs/bulletin/src/bench/bulletin-bench.seed.js';

export interface BulletinBenchOptions extends Partial<BenchSize> {
  databaseUrl: string;
  redisUrl: string;
  /** Messages per second allowed by the queue's global limiter. */
  ratePerSecond?: number;
  concurrency?: number;
  log?: (line: string) => void;
}

export interface BulletinBenchReport {
  size: BenchSize;
  settings: { ratePerSecond: number; concurrency: number; smtpConnections: number; dbPool: number };
  seedMs: number;
  /** From the weekly job to every area's edition stored. */
  composeMs: number;
  editions: number;
  /** From the 50 fan-out jobs to the last message accepted by the SMTP server and recorded SENT. */
  deliveryMs: number;
  delivered: number;
  messagesPerSecond: number;
  duplicates: number;
  notSent: number;
  averageMessageKb: number;
  /** The process once the worker has started, before composing: the fixed part of the peak. */
  startedRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/**
 * Composes every area's edition over the vacancies and delivers it to every subscriber through an
 * in-process SMTP server, with the real worker (processors, queues, limiter) in this process, on a
 * schema and queue prefix of its own that are removed afterwards. Memory is this whole process:
 * worker, SMTP server and the benchmark itself.
 */
export async function runBulletinBench(
  options: BulletinBenchOptions,
): Promise<BulletinBenchReport> {
  const size: BenchSize = {
    areas: options.areas ?? 50,
    vacancies: options.vacancies ?? 100_000,
    subscribers: options.subscribers ?? 20_000,
  };
  const log = options.log ?? (() => undefined);
  const name = `bench_bulletin_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const smtp = await startSmtpSink();
  const settings = {
    ratePerSecond: options.ratePerSecond ?? 2000,
    concurrency: options.concurrency ?? 40,
    smtpConnections: Math.min(50, options.concurrency ?? 40),
    dbPool: 20,
  };
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    DATABASE_SCHEMA: name,
    DATABASE_POOL_SIZE: String(settings.dbPool),
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: name,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    SMTP_URL: smtp.url,
    SMTP_POOL_SIZE: String(settings.smtpConnections),
    BULLETIN_SEND_RATE_PER_SECOND: String(settings.ratePerSecond),
    BULLETIN_SEND_CONCURRENCY: String(settings.concurrency),
    BULLETIN_RECONCILE_SECONDS: '3600',
  });
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${name}"`);
  await admin.end();
  const schema = await new DataSource(typeOrmOptions(config)).initialize();
  const memory = sampleMemory();
  let worker: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | undefined;
  try {
    await schema.runMigrations({ transaction: 'each' });
    log('dati sintetici...');
    let started = performance.now();
    await seedBulletinBench(schema, size);
    const seedMs = Math.round(performance.now() - started);
    memory.reset();

    worker = await NestFactory.createApplicationContext(
      { module: class BulletinBenchRoot {}, imports: [ConfigModule.forRoot(config), WorkerModule] },
      { logger: ['error'] },
    );
    await worker.init();
    const queues = worker.get(BulletinQueues);
    const startedRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);

    log('composizione...');
    started = performance.now();
    await queues.bulletin.add(BULLETIN_JOBS.composeWeek, { weekKey: weekKeyOf(new Date()) });
    await until(async () => (await count(schema, 'bulletin_editions')) === size.areas);
    const composeMs = Math.round(performance.now() - started);

    log('invio...');
    const [editions]: [{ id: string }[], number] = await schema.query(
      `UPDATE bulletin_editions SET status = 'APPROVED', approved_at = now(), approved_automatically = true
       RETURNING id`,
    );
    started = performance.now();
    await Promise.all(editions.map((edition) => queues.fanOut(edition.id)));
    let lastLog = Date.now();
    await until(async () => {
      const sent = await count(schema, 'bulletin_deliveries', `status = 'SENT'`);
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        log(`  ${sent} registrati SENT, ${smtp.accepted()} accettati dal server SMTP`);
      }
      return smtp.accepted() >= size.subscribers && sent === size.subscribers;
    }, 600_000);
    const deliveryMs = Math.round(performance.now() - started);
    const peak = memory.stop();
    return {
      size,
      settings,
      seedMs,
      composeMs,
      editions: editions.length,
      deliveryMs,
      delivered: smtp.accepted(),
      messagesPerSecond: Math.round((smtp.accepted() / deliveryMs) * 1000),
      duplicates: smtp.duplicates(),
      averageMessageKb: smtp.averageKb(),
      notSent: await count(schema, 'bulletin_deliveries', `status <> 'SENT'`),
      startedRssMb,
      peakRssMb: peak.rss,
      peakHeapMb: peak.heap,
    };
  } finally {
    memory.stop();
    await worker?.close();
    await smtp.close();
    await schema.query(`DROP SCHEMA "${name}" CASCADE`);
    await schema.destroy();
    await deleteKeys(options.redisUrl, name);
  }
}

async function count(db: DataSource, table: string, where = 'true'): Promise<number> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`);
  return n;
}

async function until(check: () => Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('benchmark: tempo scaduto');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
