import { QUEUES } from '#libs/platform';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { BULLETIN_JOBS } from '../delivery/bulletin.jobs.js';
import { COMPOSITION_SCHEDULE, weekBounds, parseWeekKey } from '../domain/edition-week.js';
import type { EditionContentJson } from '../persistence/edition-content.codec.js';
import { eventually, seedArea, seedVacancy } from '../testing/bulletin.fixtures.js';
import {
  type BulletinTestEnv,
  startBulletinTestEnv,
} from '../../../../test/support/bulletin/bulletin-test-env.js';
import { FixedClock } from '../testing/fixed-clock.js';

/**
 * The real job scheduler, with the worker's own pattern and time zone, planned from a Saturday
 * before each daylight-saving change of 2027 (28 March, 31 October). Its delayed job is promoted
 * and composed as if that Monday had come.
 */
describe('weekly composition across daylight-saving changes', () => {
  let env: BulletinTestEnv;
  let queue: Queue;
  let areaId: string;
  const clock = new FixedClock(new Date('2027-03-01T00:00:00Z'));

  beforeAll(async () => {
    env = await startBulletinTestEnv('bulletin_dst', { clock });
    queue = env.worker.get<Queue>(getQueueToken(QUEUES.bulletin));
    areaId = (await seedArea(env.db, env.organisationId, { sections: ['OPEN_MARKET'] })).id;
  });
  afterAll(() => env?.close());

  /** Plans the composition from `saturday` and runs its first occurrence; returns when it ran. */
  async function scheduledRun(
    saturday: string,
  ): Promise<{ at: Date; weekKey: string; offers: string[] }> {
    const probe = `dst-probe-${saturday}`;
    await queue.upsertJobScheduler(
      probe,
      { ...COMPOSITION_SCHEDULE, startDate: new Date(saturday) },
      { name: BULLETIN_JOBS.composeWeek, data: {} },
    );
    const job = (await queue.getDelayed()).find((delayed: Job) => delayed.repeatJobKey === probe)!;
    const at = new Date(job.opts.prevMillis!);
    clock.set(at);
    const before = (await env.db.query(`SELECT count(*)::int AS n FROM bulletin_editions`))[0].n;
    await job.promote();
    await eventually(
      async () => (await env.db.query(`SELECT count(*)::int AS n FROM bulletin_editions`))[0].n,
      (count) => count === before + 1,
    );
    await queue.removeJobScheduler(probe);
    const [row]: { week_key: string; content: EditionContentJson }[] = await env.db.query(
      `SELECT week_key, content FROM bulletin_editions WHERE area_id = $1 ORDER BY composed_at DESC LIMIT 1`,
      [areaId],
    );
    const offers = row.content.sections[0].items.map((item) => String(item.title));
    return { at, weekKey: row.week_key, offers };
  }

  it('composes at 08:00 Rome time on the Mondays either side of the March change', async () => {
    await seedVacancy(env.db, env.owner, { title: 'Sabato 20 marzo', publishedOn: '2027-03-20' });
    await seedVacancy(env.db, env.owner, { title: 'Lunedì 22 marzo', publishedOn: '2027-03-22' });
    await seedVacancy(env.db, env.owner, {
      title: 'Domenica del cambio',
      publishedOn: '2027-03-28',
    });

    const before = await scheduledRun('2027-03-20T12:00:00Z');
    expect(before.at.toISOString()).toBe('2027-03-22T07:00:00.000Z'); // 08:00 CET
    expect(before.weekKey).toBe('2027-W12');
    expect(before.offers).toEqual(['Sabato 20 marzo']);

    const after = await scheduledRun('2027-03-27T12:00:00Z');
    expect(after.at.toISOString()).toBe('2027-03-29T06:00:00.000Z'); // 08:00 CEST
    expect(after.weekKey).toBe('2027-W13');
    expect(after.offers.sort()).toEqual(['Domenica del cambio', 'Lunedì 22 marzo']);
    // The week of the change is a day of 23 hours short: Monday to Monday in Rome.
    const { start, end } = weekBounds(parseWeekKey('2027-W12'));
    expect(end.getTime() - start.getTime()).toBe((7 * 24 - 1) * 3_600_000);
  });

  it('composes at 08:00 Rome time on the Mondays either side of the October change', async () => {
    await seedVacancy(env.db, env.owner, {
      title: 'Domenica 31 ottobre',
      publishedOn: '2027-10-31',
    });

    const before = await scheduledRun('2027-10-23T12:00:00Z');
    expect(before.at.toISOString()).toBe('2027-10-25T06:00:00.000Z'); // 08:00 CEST
    expect(before.weekKey).toBe('2027-W43');

    const after = await scheduledRun('2027-10-30T12:00:00Z');
    expect(after.at.toISOString()).toBe('2027-11-01T07:00:00.000Z'); // 08:00 CET
    expect(after.weekKey).toBe('2027-W44');
    expect(after.offers).toContain('Domenica 31 ottobre');
    expect(before.offers).not.toContain('Domenica 31 ottobre');
    const { start, end } = weekBounds(parseWeekKey('2027-W43'));
    expect(end.getTime() - start.getTime()).toBe((7 * 24 + 1) * 3_600_000);
  });
});
