import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '#libs/platform';
import {
  createOrganisation,
  createSession,
  createTestCompany,
  type TestSession,
  vacancyBody,
  waitFor,
} from '#libs/testing';
import { startTestApi } from './test-api.js';
import { startTestWorker } from './test-worker.js';
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
  let worker: INestApplicationContext | null = null;
  try {
    if (options.worker) worker = await startTestWorker(api.config);
  } catch (error) {
    await api.close().catch(() => undefined);
    throw error;
  }
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

/** A company (60 employees, one site in Milano) and a factory of valid vacancy bodies at that site. */
export async function createCompany(h: MatchingHarness, session: TestSession, n: number) {
  const company = await createTestCompany(h.app, session, n, { headcount: 60 });
  return {
    id: company.id,
    vacancy: (overrides: Record<string, unknown> = {}) => vacancyBody(company, overrides),
  };
}

/**
 * The people of a matching test: two tutors and a consultant of one cooperative, a tutor of another
 * organisation, and a company of the consultant's.
 */
export async function createMatchingCast(h: MatchingHarness) {
  const admin = await createOrganisation(h.app, 'Cooperativa A');
  const tutor = await createSession(h.app, admin.organisationId, 'tutor');
  const otherTutor = await createSession(h.app, admin.organisationId, 'tutor');
  const consultant = await createSession(h.app, admin.organisationId, 'consultant');
  const other = await createOrganisation(h.app, 'Consorzio B');
  const foreignTutor = await createSession(h.app, other.organisationId, 'tutor');
  const company = await createCompany(h, consultant, 1);
  return { tutor, otherTutor, consultant, foreignTutor, company };
}

/** Waits until the subject's stored matches were computed `times` times in all and nothing waits. */
export async function waitForComputations(
  db: DataSource,
  type: 'candidate' | 'vacancy',
  id: string,
  times: number,
  timeoutMs = 20_000,
): Promise<void> {
  await waitFor(
    async () => {
      const [row]: Array<{ computations: number; pending: boolean } | undefined> = await db.query(
        `SELECT computations, requested_at IS NOT NULL AS pending FROM match_subjects
          WHERE subject_type = $1 AND subject_id = $2`,
        [type, id],
      );
      return row;
    },
    (row) => row !== undefined && row.computations >= times && !row.pending,
    timeoutMs,
  );
}

export async function computations(db: DataSource, type: string, id: string): Promise<number> {
  const [row]: Array<{ computations: number }> = await db.query(
    `SELECT computations FROM match_subjects WHERE subject_type = $1 AND subject_id = $2`,
    [type, id],
  );
  return row?.computations ?? 0;
}
