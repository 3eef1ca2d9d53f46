import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DEMO_DATA_SIZES, generateDemoData } from '#libs/demo-data';
import { BUNDLED_GAZETTEER, importMunicipalities } from '#libs/geo';
import { ReindexUseCase } from '#libs/record-changes';
import { RecomputeMatchesUseCase } from '#libs/matching';
import { ConfigModule, loadConfig, typeOrmOptions } from '#libs/platform';
import { seedStarterVocabulary } from '#libs/taxonomy';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';

const PASSWORD = 'load-test-password';

interface Figures {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function figures(latencies: number[], errors: number, elapsedMs: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: Math.round((latencies.length / elapsedMs) * 1000),
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
  };
}

/** `users` concurrent clients send `perUser` requests each, one after the other; bounded in count. */
async function hammer(
  base: string,
  token: string,
  paths: string[],
  users: number,
  perUser: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let i = 0; i < perUser; i += 1) {
        const path = paths[(user * perUser + i) % paths.length];
        const sent = performance.now();
        const response = await fetch(base + path, {
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(10_000),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        if (response.status !== 200) errors += 1;
      }
    }),
  );
  return figures(latencies, errors, performance.now() - started);
}

/**
 * A load test on loopback (127.0.0.1 only, bounded in count): the real API on demo-size data, with
 * concurrent users asking for a candidate's matches and for text searches. Its own schema, dropped
 * at the end.
 */
export async function runLoadTest(options: { users?: number; perUser?: number } = {}) {
  const users = options.users ?? 20;
  const perUser = options.perUser ?? 50;
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_load_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const config = loadConfig({
    DATABASE_URL: url,
    DATABASE_SCHEMA: schema,
    QUEUE_PREFIX: schema,
    LOG_LEVEL: 'silent',
    RATE_LIMITS_ENABLED: 'false',
  });
  const db = await new DataSource(typeOrmOptions(config)).initialize();
  let app: INestApplication | undefined;
  try {
    await db.runMigrations({ transaction: 'each' });
    await importMunicipalities(db, BUNDLED_GAZETTEER);
    await seedStarterVocabulary(db);
    const demo = await generateDemoData(db, {
      ...DEMO_DATA_SIZES.demo,
      seed: 'load',
      password: PASSWORD,
      dataCipher: config.dataCipher,
    });
    app = await NestFactory.create<NestExpressApplication>(
      { module: class LoadRoot {}, imports: [ConfigModule.forRoot(config), AppModule] },
      { bodyParser: false, logger: false },
    );
    configureApp(app as NestExpressApplication);
    await app.listen(0, '127.0.0.1');
    await app.get(ReindexUseCase).execute();
    const tutor = demo.accounts.find((account) => account.role === 'tutor')!;
    const candidates: Array<{ id: string }> = await db.query(
      `SELECT c.id FROM candidates c JOIN users u ON u.id = ANY(c.assigned_tutor_ids) WHERE u.email = $1 AND c.archived_at IS NULL`,
      [tutor.email],
    );
    const recompute = app.get(RecomputeMatchesUseCase);
    for (const { id } of candidates) await recompute.execute('candidate', id);
    const base = await app.getUrl();
    const login = await fetch(`${base.replace('[::1]', '127.0.0.1')}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: tutor.email, password: PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const loopback = base.replace('[::1]', '127.0.0.1');
    const matches = candidates.map(({ id }) => `/api/candidates/${id}/matches?limit=20`);
    const queries = [
      'cameriere',
      'pulizie uffici',
      'badante',
      'magazziniere muletto',
      'aiuto cuoco',
      'camerire',
    ];
    const searches = queries.map(
      (q) =>
        `/api/search/vacancies?q=${encodeURIComponent(q)}&facets=contractType,kmZero&near=015146&radiusKm=25`,
    );
    return {
      users,
      requestsPerUser: perUser,
      candidatesWithMatches: candidates.length,
      candidateMatches: await hammer(loopback, accessToken, matches, users, perUser),
      search: await hammer(loopback, accessToken, searches, users, perUser),
    };
  } finally {
    await app?.close();
    await db.destroy();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}
