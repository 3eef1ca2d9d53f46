import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '#libs/platform';
import { startTestApi, startTestWorker, testVatNumber, type TestSession } from '#libs/testing';
import request from 'supertest';
import type { DataSource } from 'typeorm';

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
  const api = await startTestApi(label);
  const worker = options.worker ? await startTestWorker(api.config) : null;
  return {
    app: api.app,
    worker,
    config: api.config,
    db: api.db,
    http: () => request(api.app.getHttpServer()),
    async close() {
      await worker?.close();
      await api.close();
    },
  };
}

export const MILANO = '015146';

/** A company with one site in Milano, and a factory of valid vacancy bodies at that site. */
export async function createCompany(h: MatchingHarness, session: TestSession, n: number) {
  const response = await h
    .http()
    .post('/api/companies')
    .set('Authorization', session.auth)
    .send({
      name: `Azienda ${n}`,
      vatNumber: testVatNumber(n),
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
