import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { isValidVatNumber } from '#libs/companies';
import { MatchingChanges } from '#libs/matching';
import { type AppConfig, ConfigModule, type RecordChange, RecordChanges } from '#libs/platform';
import { seedStarterVocabulary } from '#libs/taxonomy';
import {
  createTestDatabase,
  deleteQueueKeys,
  dropTestDatabase,
  testConfig,
  uniqueTestName,
  type TestSession,
} from '#libs/testing';
import request from 'supertest';
import type { DataSource, EntityManager } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

/**
 * Tells matching of every change, as the application's RecordChanges does once it follows matching
 * (the lead wires search and matching into one implementation; this stands in for it here).
 */
class ForwardToMatching extends RecordChanges {
  matching?: MatchingChanges;
  async recorded(manager: EntityManager, change: RecordChange): Promise<void> {
    await this.matching?.onRecordChanged(manager, change);
  }
}

export interface MatchingHarness {
  app: NestExpressApplication;
  worker: INestApplicationContext | null;
  config: AppConfig;
  db: DataSource;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The API, and optionally the worker in-process, on one schema and queue prefix of their own. */
export async function startMatchingHarness(
  label: string,
  options: { worker: boolean },
): Promise<MatchingHarness> {
  const config = testConfig(uniqueTestName(label));
  const db = await createTestDatabase(config);
  await seedStarterVocabulary(db);
  const forward = new ForwardToMatching();
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), AppModule],
  })
    .overrideProvider(RecordChanges)
    .useValue(forward)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: false,
    abortOnError: false,
  });
  configureApp(app);
  await app.init();
  forward.matching = app.get(MatchingChanges);
  const worker = options.worker
    ? await NestFactory.createApplicationContext(
        { module: class WorkerRoot {}, imports: [ConfigModule.forRoot(config), WorkerModule] },
        { logger: false, abortOnError: false },
      )
    : null;
  await worker?.init();
  return {
    app,
    worker,
    config,
    db,
    http: () => request(app.getHttpServer()),
    async close() {
      await worker?.close();
      await app.close();
      await dropTestDatabase(config, db);
      await deleteQueueKeys(config.QUEUE_PREFIX);
    },
  };
}

export const MILANO = '015146';

export function vat(n: number): string {
  const first10 = `${String(n).padStart(7, '0')}015`;
  return first10 + [...'0123456789'].find((d) => isValidVatNumber(first10 + d));
}

/** A company with one site in Milano, and a factory of valid vacancy bodies at that site. */
export async function createCompany(h: MatchingHarness, session: TestSession, n: number) {
  const response = await h
    .http()
    .post('/api/companies')
    .set('Authorization', session.auth)
    .send({
      name: `Azienda ${n}`,
      vatNumber: vat(n),
      headcount: 60,
      sites: [{ address: 'Via Padova 36', municipalityCode: MILANO, legalSeat: true }],
    });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  const company = response.body as { id: string; sites: Array<{ id: string }> };
  return {
    id: company.id,
    vacancy: (overrides: Record<string, unknown> = {}) => ({
      companyId: company.id,
      siteId: company.sites[0].id,
      title: 'Addetta alle pulizie uffici',
      occupationCode: '8.1.4.2.0',
      minItalianLevel: 'A1',
      contractType: 'A.02.00',
      source: 'SCOUTING',
      shifts: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '13:00' })),
      ...overrides,
    }),
  };
}

/** Waits until the subject's stored matches were computed `times` times in all and nothing waits. */
export async function waitForComputations(
  db: DataSource,
  type: 'candidate' | 'vacancy',
  id: string,
  times: number,
  timeoutMs = 20_000,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    const [row]: Array<{ computations: number; pending: boolean }> = await db.query(
      `SELECT computations, requested_at IS NOT NULL AS pending FROM match_subjects
        WHERE subject_type = $1 AND subject_id = $2`,
      [type, id],
    );
    if (row && row.computations >= times && !row.pending) return;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`${type} ${id}: ${JSON.stringify(row)} after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function computations(db: DataSource, type: string, id: string): Promise<number> {
  const [row]: Array<{ computations: number }> = await db.query(
    `SELECT computations FROM match_subjects WHERE subject_type = $1 AND subject_id = $2`,
    [type, id],
  );
  return row?.computations ?? 0;
}
