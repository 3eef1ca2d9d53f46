import { QUEUES } from '#libs/platform';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { BULLETIN_JOBS, BULLETIN_SCHEDULERS } from '../delivery/bulletin.jobs.js';
import { COMPOSITION_SCHEDULE, parseWeekKey } from '../domain/edition-week.js';
import type { EditionContentJson } from '../persistence/edition-content.codec.js';
import {
  eventually,
  seedArea,
  seedSubscribers,
  seedVacancy,
} from '../testing/bulletin.fixtures.js';
import {
  type BulletinTestEnv,
  startBulletinTestEnv,
} from '../../../../test/support/bulletin/bulletin-test-env.js';
import { FixedClock } from '../testing/fixed-clock.js';
import { startTestWorker } from '../../../../test/support/bulletin/test-worker.js';
import { ComposeScheduledEditionUseCase } from './compose-scheduled-edition.use-case.js';

/** Monday 23 November 2026, 08:00 in Rome: the scheduled composition of week 48. */
const MONDAY = new Date('2026-11-23T07:00:00Z');
const WEEK = parseWeekKey('2026-W48');

describe('weekly composition (worker)', () => {
  let env: BulletinTestEnv;
  let secondWorker: INestApplicationContext;
  let queue: Queue;
  const clock = new FixedClock(MONDAY);

  beforeAll(async () => {
    env = await startBulletinTestEnv('bulletin_compose', { clock });
    secondWorker = await startTestWorker(env.config, { clock });
    queue = env.worker.get<Queue>(getQueueToken(QUEUES.bulletin));
  });
  afterAll(async () => {
    await secondWorker?.close();
    await env?.close();
  });

  async function editionRows() {
    return env.db.query(
      `SELECT area_id, week_key, status, content FROM bulletin_editions ORDER BY area_id, week_key`,
    ) as Promise<
      Array<{ area_id: string; week_key: string; status: string; content: EditionContentJson }>
    >;
  }

  it('registers the Monday 08:00 Europe/Rome schedule once, however many workers start', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.filter((s) => s.key === BULLETIN_SCHEDULERS.weekly)).toHaveLength(1);
    const weekly = await queue.getJobScheduler(BULLETIN_SCHEDULERS.weekly);
    expect(weekly).toMatchObject({ pattern: COMPOSITION_SCHEDULE.pattern, tz: 'Europe/Rome' });
    const next = DateTime.fromMillis(weekly!.next!, { zone: 'Europe/Rome' });
    expect([next.weekday, next.hour, next.minute]).toEqual([1, 8, 0]);
  });

  it('composes one edition per area and week, even run twice on two workers', async () => {
    const areas = await Promise.all([1, 2, 3].map(() => seedArea(env.db, env.organisationId)));
    await seedVacancy(env.db, env.owner, { title: 'Magazziniere', publishedOn: '2026-11-20' });
    await Promise.all([
      queue.add(BULLETIN_JOBS.composeWeek, { weekKey: WEEK }),
      queue.add(BULLETIN_JOBS.composeWeek, { weekKey: WEEK }),
      // The same area composed at the same moment by both workers.
      env.worker.get(ComposeScheduledEditionUseCase).execute(areas[0].id, WEEK),
      secondWorker.get(ComposeScheduledEditionUseCase).execute(areas[0].id, WEEK),
    ]);
    await eventually(
      async () => ({
        rows: (await editionRows()).length,
        jobs: await queue.getJobCounts('active', 'waiting'),
      }),
      (state) => state.rows === 3 && state.jobs.active === 0 && state.jobs.waiting === 0,
    );
    const rows = await editionRows();
    expect(rows.map((row) => [row.area_id, row.week_key]).sort()).toEqual(
      areas.map((area) => [area.id, WEEK]).sort(),
    );
    expect(rows.every((row) => row.status === 'DRAFT')).toBe(true);
  });

  it('leaves out expired, closed and not yet published offers', async () => {
    const area = await seedArea(env.db, env.organisationId);
    const ids = {
      open: await seedVacancy(env.db, env.owner, {
        title: 'Aperta',
        publishedOn: '2026-11-19',
        expiresOn: '2026-11-30',
      }),
      expiredYesterday: await seedVacancy(env.db, env.owner, {
        title: 'Scaduta',
        publishedOn: '2026-11-18',
        expiresOn: '2026-11-22',
      }),
      closesToday: await seedVacancy(env.db, env.owner, {
        title: 'Ultimo giorno',
        publishedOn: '2026-11-18',
        expiresOn: '2026-11-23',
      }),
      closed: await seedVacancy(env.db, env.owner, {
        title: 'Chiusa',
        publishedOn: '2026-11-19',
        status: 'CLOSED',
      }),
      publishedToday: await seedVacancy(env.db, env.owner, {
        title: 'Di oggi',
        publishedOn: '2026-11-23',
      }),
      kmZero: await seedVacancy(env.db, env.owner, {
        title: 'Vicino',
        publishedOn: '2026-10-01',
        kmZero: true,
      }),
      farAway: await seedVacancy(env.db, env.owner, {
        title: 'Lontana',
        publishedOn: '2026-11-19',
        at: { lat: 45.6, lng: 9.5 },
      }),
    };
    await env.worker.get(ComposeScheduledEditionUseCase).execute(area.id, WEEK);
    const [{ content }] = await env.db.query(
      `SELECT content FROM bulletin_editions WHERE area_id = $1`,
      [area.id],
    );
    const itemIds = (code: string) =>
      (content as EditionContentJson).sections.find((s) => s.code === code)!.items.map((i) => i.id);
    expect(itemIds('OPEN_MARKET')).toEqual(expect.arrayContaining([ids.open, ids.closesToday]));
    expect(itemIds('OPEN_MARKET')).not.toEqual(expect.arrayContaining([ids.expiredYesterday]));
    for (const absent of [ids.expiredYesterday, ids.closed, ids.publishedToday, ids.farAway]) {
      expect(itemIds('OPEN_MARKET')).not.toContain(absent);
    }
    expect(itemIds('KM_ZERO')).toEqual([ids.kmZero]);
  });

  it('approves and sends by itself for an area set to send automatically', async () => {
    const area = await seedArea(env.db, env.organisationId, { autoSend: true });
    await seedSubscribers(env.db, env.organisationId, [area.id], ['auto@example.org']);
    await env.worker.get(ComposeScheduledEditionUseCase).execute(area.id, WEEK);
    await eventually(
      async () => env.smtp.receivedBy('auto@example.org').length,
      (n) => n === 1,
    );
    const [edition] = await env.db.query(
      `SELECT status, approved_automatically FROM bulletin_editions WHERE area_id = $1`,
      [area.id],
    );
    expect(edition).toEqual({ status: 'SENT', approved_automatically: true });
  });
});
