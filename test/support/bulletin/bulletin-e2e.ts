import type { INestApplicationContext } from '@nestjs/common';
import { dayInRome as dayOfInstantInRome } from '#libs/kernel';
import { createOrganisation, createSession, type TestSession } from '#libs/testing';
import request from 'supertest';
import { eventually, seedCompany } from '../../../libs/bulletin/src/testing/bulletin.fixtures.js';
import { FAST_DELIVERY } from './bulletin-test-env.js';
import type { ParsedMail } from '../../../libs/bulletin/src/testing/mail-parser.js';
import {
  type TestSmtpServer,
  startTestSmtpServer,
} from '../../../libs/bulletin/src/testing/test-smtp-server.js';
import { startTestApi, type TestApi } from '../test-api.js';
import { startTestWorker } from './test-worker.js';

export interface BulletinE2e {
  api: TestApi;
  smtp: TestSmtpServer;
  worker: INestApplicationContext;
  coordinator: TestSession;
  tutor: TestSession;
  consultant: TestSession;
  owner: { organisationId: TestSession['organisationId']; companyId: string; siteId: string };
  http(): ReturnType<typeof request>;
  /** Waits for the `count`-th message to the address and returns them all. */
  mailTo(email: string, count?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** The API as users drive it, the worker that composes and sends, and a real SMTP server. */
export async function startBulletinE2e(label: string): Promise<BulletinE2e> {
  const smtp = await startTestSmtpServer();
  let api: TestApi | undefined;
  let worker: INestApplicationContext | undefined;
  const close = async () => {
    await worker?.close();
    await api?.close();
    await smtp.close();
  };
  try {
    api = await startTestApi(label, { ...FAST_DELIVERY, SMTP_URL: smtp.url });
    worker = await startTestWorker(api.config);
    const admin = await createOrganisation(api.app, 'ALA Milano');
    const server = api.app.getHttpServer();
    return {
      api,
      smtp,
      worker,
      coordinator: await createSession(api.app, admin.organisationId, 'coordinator'),
      tutor: await createSession(api.app, admin.organisationId, 'tutor'),
      consultant: await createSession(api.app, admin.organisationId, 'consultant'),
      owner: {
        organisationId: admin.organisationId,
        ...(await seedCompany(api.db, admin.organisationId)),
      },
      http: () => request(server),
      mailTo: (email, count = 1) =>
        eventually(
          async () => smtp.receivedBy(email),
          (mails) => mails.length >= count,
        ),
      close,
    };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** The area both bulletin suites create: a circle around Milano's Municipio 2. */
export const MUNICIPIO_2 = {
  slug: 'milano-municipio-2',
  name: 'Milano – Municipio 2',
  centre: { lat: 45.4858, lng: 9.2163 },
  radiusKm: 2.5,
};

/** The token of a link in an e-mail: …/api/bulletin/subscriptions/{path}?token=… */
export function tokenIn(text: string, path: 'confirm' | 'unsubscribe' | 'preferences'): string {
  const match = new RegExp(`/api/bulletin/subscriptions/${path}\\?token=([\\w-]+)`).exec(text);
  if (!match) throw new Error(`nessun link ${path} nel messaggio`);
  return match[1];
}

/** A calendar day in Rome, `offset` days from today: '2026-11-20'. */
export function dayInRome(offset: number): string {
  return dayOfInstantInRome(new Date(Date.now() + offset * 86_400_000));
}
