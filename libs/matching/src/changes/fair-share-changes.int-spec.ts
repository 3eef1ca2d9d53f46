import { randomUUID } from 'node:crypto';
import { AfterCommit, QUEUES, redisOptions } from '#libs/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  dropTestDatabase,
  OpenedResources,
  TcpProxy,
  TEST_REDIS_URL,
  testConfig,
  uniqueTestName,
} from '#libs/testing';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { MATCHING_JOBS } from '../jobs/matching.jobs.js';
import { MatchingQueue } from '../jobs/matching-jobs.writer.js';
import { FairShareChanges } from './fair-share-changes.participant.js';

const config = testConfig(uniqueTestName('fair_share_changes'));
const opened = new OpenedResources();
let db: DataSource;
let afterCommit: AfterCommit;
let queue: Queue;

function changesThrough(target: Queue): FairShareChanges {
  return new FairShareChanges(afterCommit, new MatchingQueue(target), db);
}

beforeAll(async () => {
  db = await createTestDatabase(config);
  afterCommit = new AfterCommit(db);
  afterCommit.onModuleInit();
  queue = opened.keep(
    new Queue(QUEUES.matching, {
      connection: redisOptions(config.REDIS_URL, 'producer'),
      prefix: config.QUEUE_PREFIX,
    }),
    (q) => q.close(),
  );
});
afterAll(async () => {
  await opened.close();
  await deleteQueueKeys(config.QUEUE_PREFIX).catch(() => undefined);
  await dropTestDatabase(config, db);
});

async function rerankJobs(): Promise<Array<{ vacancyId: string }>> {
  const jobs = await queue.getJobs(['delayed', 'waiting']);
  return jobs
    .filter((job) => job.name === MATCHING_JOBS.rerankFairShare)
    .map((job) => job.data as { vacancyId: string });
}

describe('FairShareChanges: proposals tell matching to re-rank after their commit', () => {
  const organisationId = randomUUID();

  it('enqueues one deduplicated re-rank per vacancy, and none for a rolled-back proposal', async () => {
    const changes = changesThrough(queue);
    const [busy, rolledBack] = [randomUUID(), randomUUID()];
    await db.transaction(async (manager) => {
      changes.onProposalsChanged(manager, organisationId, [busy, busy]);
      expect(await rerankJobs()).toEqual([]);
    });
    await db.transaction(async (manager) => {
      changes.onProposalsChanged(manager, organisationId, [busy]);
    });
    await db
      .transaction(async (manager) => {
        changes.onProposalsChanged(manager, organisationId, [rolledBack]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await afterCommit.settled();
    expect(await rerankJobs()).toEqual([{ vacancyId: busy }]);
  });

  it('asks PostgreSQL for a recomputation of the vacancy when Redis is away', async () => {
    const proxy = opened.keep(await TcpProxy.inFrontOf(TEST_REDIS_URL), (p) => p.close());
    const throughProxy = opened.keep(
      new Queue(QUEUES.matching, {
        connection: redisOptions(proxy.url(config.REDIS_URL), 'producer'),
        prefix: config.QUEUE_PREFIX,
      }),
      (q) => q.close(),
    );
    // Connected first, as an application is when Redis goes away.
    await throughProxy.getJobCounts();
    proxy.cut();
    const vacancy = randomUUID();
    await db.transaction(async (manager) => {
      changesThrough(throughProxy).onProposalsChanged(manager, organisationId, [vacancy]);
    });
    await afterCommit.settled();
    const rows: Array<{ organisation_id: string; pending: boolean }> = await db.query(
      `SELECT organisation_id, requested_at IS NOT NULL AS pending FROM match_subjects
        WHERE subject_type = 'vacancy' AND subject_id = $1`,
      [vacancy],
    );
    expect(rows).toEqual([{ organisation_id: organisationId, pending: true }]);
    proxy.restore();
  });
});
