import { type AppConfig, QUEUES, redisOptions } from '#libs/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  dropTestDatabase,
  testConfig,
  uniqueTestName,
} from '#libs/testing';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SECTION_CODES } from '../domain/edition-sections.js';
import { encodeEditionContent } from '../persistence/edition-content.codec.js';
import { sampleEdition } from '../rendering/sample-edition.js';
import {
  deliveryStatuses,
  eventually,
  seedArea,
  seedOrganisation,
  seedSubscribers,
} from '../testing/bulletin.fixtures.js';
import { type ChildWorker, assertBuiltWorker, spawnWorker } from '../testing/child-worker.js';
import { type TestSmtpServer, startTestSmtpServer } from '../testing/test-smtp-server.js';
import { BULLETIN_JOBS, bulletinJobIds } from './bulletin.jobs.js';

const SUBSCRIBERS = 60;
const SENT_BEFORE_KILL = 20;

/**
 * The worker is a real process, killed with SIGKILL while it is sending: some copies delivered,
 * a few in the middle of their SMTP session, the rest waiting in the queue. A new worker must then
 * deliver every remaining copy, and nobody may get the edition twice.
 */
describe('bulletin delivery across a worker crash', () => {
  let smtp: TestSmtpServer;
  let config: AppConfig;
  let db: DataSource;
  let queue: Queue;
  const workers: ChildWorker[] = [];

  beforeAll(async () => {
    assertBuiltWorker();
    smtp = await startTestSmtpServer();
    config = testConfig(uniqueTestName('bulletin_crash'), {
      SMTP_URL: smtp.url,
      BULLETIN_SEND_CONCURRENCY: '4',
      BULLETIN_SEND_RATE_PER_SECOND: '1000',
      BULLETIN_SEND_LEASE_SECONDS: '2',
      BULLETIN_RECONCILE_SECONDS: '1',
      BULLETIN_RETRY_DELAY_MS: '50',
    });
    db = await createTestDatabase(config);
    queue = new Queue(QUEUES.bulletin, {
      connection: redisOptions(config.REDIS_URL, 'producer'),
      prefix: config.QUEUE_PREFIX,
    });
  }, 60_000);
  afterAll(async () => {
    for (const worker of workers)
      if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.exited));
    await queue?.close();
    await smtp?.close();
    if (config) {
      await dropTestDatabase(config, db);
      await deleteQueueKeys(config.QUEUE_PREFIX);
    }
  });

  async function approvedEdition(): Promise<{ editionId: string; emails: string[] }> {
    const organisationId = await seedOrganisation(db);
    const area = await seedArea(db, organisationId);
    const emails = Array.from({ length: SUBSCRIBERS }, (_, i) => `lettore-${i}@example.org`);
    await seedSubscribers(db, organisationId, [area.id], emails);
    const edition = sampleEdition();
    const [{ id }] = await db.query(
      `INSERT INTO bulletin_editions (organisation_id, area_id, week_key, status, content,
          composed_at, new_offers_since, approved_at, approved_automatically)
       VALUES ($1, $2, $3, 'APPROVED', $4, $5, $6, $7, true) RETURNING id`,
      [
        organisationId,
        area.id,
        edition.weekKey,
        encodeEditionContent(edition, SECTION_CODES),
        edition.composedAt,
        edition.newOffersSince,
        edition.approvedAt,
      ],
    );
    return { editionId: id, emails };
  }

  it('delivers every remaining copy exactly once after SIGKILL and restart', async () => {
    const { editionId, emails } = await approvedEdition();
    smtp.holdAfter(SENT_BEFORE_KILL);
    const first = spawnWorker(config);
    workers.push(first);
    await queue.add(
      BULLETIN_JOBS.fanOut,
      { editionId },
      { jobId: bulletinJobIds.fanOut(editionId) },
    );

    // Mid-send: twenty copies accepted, the next sessions stuck before their end of data.
    await eventually(
      async () => ({
        received: smtp.received.length,
        held: smtp.held(),
        log: first.output().slice(-500),
      }),
      (seen) => seen.received >= SENT_BEFORE_KILL && seen.held >= 1,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    first.process.kill('SIGKILL');
    await first.exited;

    // Every copy the server accepted was recorded SENT before the kill; the held ones are SENDING.
    const deliveredBeforeCrash = smtp.received.length;
    const atCrash = await deliveryStatuses(db, editionId);
    expect(deliveredBeforeCrash).toBeGreaterThanOrEqual(SENT_BEFORE_KILL);
    expect(atCrash.SENT).toBe(deliveredBeforeCrash);
    expect(atCrash.SENDING).toBeGreaterThanOrEqual(1);
    expect(atCrash.QUEUED).toBe(SUBSCRIBERS - deliveredBeforeCrash - atCrash.SENDING);
    const interrupted: { id: string }[] = await db.query(
      `SELECT id FROM bulletin_deliveries WHERE edition_id = $1 AND status = 'SENDING'`,
      [editionId],
    );

    smtp.release({ answerHeld: false });
    const second = spawnWorker(config);
    workers.push(second);
    expect(
      await eventually(
        () => deliveryStatuses(db, editionId),
        (counts) => counts.SENT === SUBSCRIBERS,
        60_000,
      ),
    ).toEqual({ SENT: SUBSCRIBERS });

    expect(smtp.received).toHaveLength(SUBSCRIBERS);
    for (const email of emails) expect(smtp.receivedBy(email)).toHaveLength(1);
    const retaken: { attempts: number; generation: number }[] = await db.query(
      `SELECT attempts, generation FROM bulletin_deliveries WHERE id = ANY ($1::uuid[])`,
      [interrupted.map((row) => row.id)],
    );
    for (const row of retaken) {
      expect(row.generation).toBeGreaterThanOrEqual(1);
      expect(row.attempts).toBeGreaterThanOrEqual(2);
    }
    second.process.kill('SIGTERM');
    await second.exited;
  }, 120_000);
});
