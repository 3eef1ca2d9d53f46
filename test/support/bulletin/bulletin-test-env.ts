import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig, OrganisationId } from '#libs/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  dropTestDatabase,
  testConfig,
  uniqueTestName,
} from '#libs/testing';
import type { DataSource } from 'typeorm';
import {
  seedCompany,
  seedOrganisation,
} from '../../../libs/bulletin/src/testing/bulletin.fixtures.js';
import {
  type TestSmtpServer,
  startTestSmtpServer,
} from '../../../libs/bulletin/src/testing/test-smtp-server.js';
import type { FixedClock } from '../../../libs/bulletin/src/testing/fixed-clock.js';
import { startTestWorker } from './test-worker.js';

export interface BulletinTestEnv {
  config: AppConfig;
  db: DataSource;
  smtp: TestSmtpServer;
  worker: INestApplicationContext;
  organisationId: OrganisationId;
  owner: { organisationId: OrganisationId; companyId: string; siteId: string };
  close(): Promise<void>;
}

/** Settings that keep tests quick: short retry delays, a high rate limit. */
export const FAST_DELIVERY = {
  BULLETIN_RETRY_DELAY_MS: '50',
  BULLETIN_SEND_ATTEMPTS: '4',
  BULLETIN_SEND_RATE_PER_SECOND: '1000',
  BULLETIN_RECONCILE_SECONDS: '3600',
};

/**
 * A schema, a queue prefix, an SMTP server and the worker, all of the test file's own, with one
 * organisation and one company to hang vacancies on.
 */
export async function startBulletinTestEnv(
  label: string,
  options: { overrides?: Record<string, string>; clock?: FixedClock } = {},
): Promise<BulletinTestEnv> {
  const smtp = await startTestSmtpServer();
  let config: AppConfig | undefined;
  let db: DataSource | undefined;
  let worker: INestApplicationContext | undefined;
  const close = async () => {
    await worker?.close();
    await smtp.close();
    if (!config) return;
    await dropTestDatabase(config, db);
    await deleteQueueKeys(config.QUEUE_PREFIX);
  };
  try {
    config = testConfig(uniqueTestName(label), {
      ...FAST_DELIVERY,
      SMTP_URL: smtp.url,
      ...options.overrides,
    });
    db = await createTestDatabase(config);
    const organisationId = await seedOrganisation(db);
    const { companyId, siteId } = await seedCompany(db, organisationId);
    worker = await startTestWorker(config, { clock: options.clock });
    return {
      config,
      db,
      smtp,
      worker,
      organisationId,
      owner: { organisationId, companyId, siteId },
      close,
    };
  } catch (error) {
    // Whatever started must stop, or the test run waits on an open server forever.
    await close().catch(() => undefined);
    throw error;
  }
}
