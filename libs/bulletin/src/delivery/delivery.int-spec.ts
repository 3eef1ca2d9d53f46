import { ComposeScheduledEditionUseCase } from '../composition/compose-scheduled-edition.use-case.js';
import { dayInRome } from '#libs/kernel';
import { type WeekKey, nextWeek, weekKeyOf } from '../domain/edition-week.js';
import { BulletinQueues } from './bulletin-jobs.writer.js';
import { ReconcileDeliveriesUseCase } from './reconcile-deliveries.use-case.js';
import {
  deliveryStatuses,
  eventually,
  seedArea,
  seedSubscribers,
  seedVacancy,
} from '../testing/bulletin.fixtures.js';
import {
  type BulletinTestEnv,
  startBulletinTestEnv,
} from '../../../../test/support/bulletin/bulletin-test-env.js';

const day = (offset: number) => dayInRome(new Date(Date.now() + offset * 86_400_000));

describe('bulletin delivery (worker and a real SMTP server)', () => {
  let env: BulletinTestEnv;
  let week: WeekKey;

  beforeAll(async () => {
    env = await startBulletinTestEnv('bulletin_delivery', {
      overrides: { BULLETIN_MAX_BOUNCES: '2', BULLETIN_SEND_LEASE_SECONDS: '1' },
    });
    await seedVacancy(env.db, env.owner, { title: 'Barista', publishedOn: day(-2) });
    // A km-zero offer stays in every edition while open, so next week's edition is not empty.
    await seedVacancy(env.db, env.owner, {
      title: 'Commessa in panetteria',
      publishedOn: day(-9),
      kmZero: true,
    });
    week = weekKeyOf(new Date());
  });
  afterAll(() => env?.close());

  /** Composes (and, for an auto-sending area, approves and sends) an area's edition. */
  async function compose(areaId: string, weekKey: WeekKey): Promise<string> {
    const { editionId } = await env.worker
      .get(ComposeScheduledEditionUseCase)
      .execute(areaId, weekKey);
    if (!editionId) throw new Error('area archiviata');
    return editionId;
  }

  /** An auto-sending area with its subscribers: composing it approves and sends. */
  async function sendTo(emails: string[], weekKey = week) {
    const area = await seedArea(env.db, env.organisationId, { autoSend: true });
    const ids = await seedSubscribers(env.db, env.organisationId, [area.id], emails);
    return { area, editionId: await compose(area.id, weekKey), subscriberIds: ids };
  }

  async function settled(editionId: string, total: number) {
    return eventually(
      () => deliveryStatuses(env.db, editionId),
      (counts) =>
        Object.entries(counts)
          .filter(([status]) => status !== 'QUEUED' && status !== 'SENDING')
          .reduce((sum, [, count]) => sum + count, 0) === total,
    );
  }

  it('sends every subscriber one copy, with one-click unsubscribe headers and their own link', async () => {
    const emails = ['anna@example.org', 'bruno@example.org', 'carla@example.org'];
    const { editionId } = await sendTo(emails);
    expect(await settled(editionId, 3)).toEqual({ SENT: 3 });
    for (const email of emails) {
      const copies = env.smtp.receivedBy(email);
      expect(copies).toHaveLength(1);
      expect(copies[0].headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(copies[0].headers.get('list-unsubscribe')).toMatch(
        /^<http:\/\/localhost:3000\/api\/bulletin\/subscriptions\/unsubscribe\?token=[\w-]{43}>$/,
      );
      expect(copies[0].html).toContain('Barista');
      expect(copies[0].text).toContain('Barista');
    }
    const tokens = emails.map((email) =>
      env.smtp.receivedBy(email)[0].headers.get('list-unsubscribe'),
    );
    expect(new Set(tokens).size).toBe(3);
    const [{ count }] = await env.db.query(
      `SELECT count(*)::int AS count FROM bulletin_tokens WHERE purpose = 'MANAGE'`,
    );
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('does not retry a permanent refusal: one attempt, recorded as a bounce', async () => {
    env.smtp.reply((address) =>
      address === 'nessuno@example.org' ? { code: 550, message: 'Utente sconosciuto' } : 'accept',
    );
    const { editionId, subscriberIds } = await sendTo(['nessuno@example.org', 'dario@example.org']);
    expect(await settled(editionId, 2)).toEqual({ SENT: 1, BOUNCED: 1 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(env.smtp.attempts('nessuno@example.org')).toBe(1);
    const [delivery] = await env.db.query(
      `SELECT attempts, smtp_code, smtp_response FROM bulletin_deliveries WHERE subscriber_id = $1`,
      [subscriberIds[0]],
    );
    expect(delivery).toEqual({
      attempts: 1,
      smtp_code: 550,
      smtp_response: expect.stringContaining('550'),
    });
    expect(delivery.smtp_response).not.toContain('nessuno@example.org');
    const [subscriber] = await env.db.query(
      `SELECT status, bounce_count FROM bulletin_subscribers WHERE id = $1`,
      [subscriberIds[0]],
    );
    expect(subscriber).toEqual({ status: 'ACTIVE', bounce_count: 1 });
  });

  it('retries a temporary refusal with backoff and delivers once', async () => {
    env.smtp.reply((address, attempt) =>
      address === 'piena@example.org' && attempt <= 2
        ? { code: 452, message: 'Casella piena' }
        : 'accept',
    );
    const { editionId } = await sendTo(['piena@example.org']);
    expect(await settled(editionId, 1)).toEqual({ SENT: 1 });
    expect(env.smtp.attempts('piena@example.org')).toBe(3);
    expect(env.smtp.receivedBy('piena@example.org')).toHaveLength(1);
    const [{ attempts }] = await env.db.query(
      `SELECT attempts FROM bulletin_deliveries WHERE edition_id = $1`,
      [editionId],
    );
    expect(attempts).toBe(3);
  });

  it('suspends an address after repeated bounces, in the consent record too', async () => {
    env.smtp.reply((address) =>
      address === 'chiusa@example.org' ? { code: 550, message: 'Casella chiusa' } : 'accept',
    );
    const first = await sendTo(['chiusa@example.org']);
    await settled(first.editionId, 1);
    const editionId = await compose(first.area.id, nextWeek(week));
    await settled(editionId, 1);
    const [subscriber] = await env.db.query(
      `SELECT status, bounce_count FROM bulletin_subscribers WHERE id = $1`,
      [first.subscriberIds[0]],
    );
    expect(subscriber).toEqual({ status: 'SUSPENDED', bounce_count: 2 });
    const events = await env.db.query(
      `SELECT event, method FROM bulletin_consent_events WHERE subscriber_id = $1`,
      [first.subscriberIds[0]],
    );
    expect(events).toEqual([{ event: 'SUSPENDED', method: 'BOUNCES' }]);
  });

  it('sends nothing to an address that unsubscribed, before or after the fan-out', async () => {
    env.smtp.reply(() => 'accept');
    const area = await seedArea(env.db, env.organisationId, { autoSend: true });
    const [gone, leaving, staying] = await seedSubscribers(
      env.db,
      env.organisationId,
      [area.id],
      ['andata@example.org', 'in-uscita@example.org', 'resta@example.org'],
    );
    await env.db.query(`UPDATE bulletin_subscribers SET status = 'UNSUBSCRIBED' WHERE id = $1`, [
      gone,
    ]);
    const sending = env.worker.get(BulletinQueues).delivery;
    await sending.pause();
    const editionId = await compose(area.id, week);
    expect(
      await eventually(
        () => deliveryStatuses(env.db, editionId),
        (c) => c.QUEUED === 2,
      ),
    ).toEqual({
      QUEUED: 2,
    });
    await env.db.query(`UPDATE bulletin_subscribers SET status = 'UNSUBSCRIBED' WHERE id = $1`, [
      leaving,
    ]);
    await sending.resume();
    expect(await settled(editionId, 2)).toEqual({ SENT: 1, SKIPPED: 1 });
    expect(env.smtp.receivedBy('andata@example.org')).toHaveLength(0);
    expect(env.smtp.receivedBy('in-uscita@example.org')).toHaveLength(0);
    expect(env.smtp.receivedBy('resta@example.org')).toHaveLength(1);
    const recipients: { subscriber_id: string }[] = await env.db.query(
      `SELECT subscriber_id FROM bulletin_deliveries WHERE edition_id = $1 ORDER BY subscriber_id`,
      [editionId],
    );
    expect(recipients.map((row) => row.subscriber_id).sort()).toEqual([leaving, staying].sort());
    expect(gone).toBeDefined();
  });

  it('never sends twice a copy whose end of data may have reached the server', async () => {
    const { editionId, subscriberIds } = await sendTo([
      'dubbio@example.org',
      'ripresa@example.org',
    ]);
    await settled(editionId, 2);
    const before = env.smtp.received.length;
    // As a worker killed right after the gate, and one killed before it, would leave them.
    await env.db.query(
      `UPDATE bulletin_deliveries SET status = 'SENDING', claimed_at = now() - interval '1 minute',
              submitted_at = CASE WHEN subscriber_id = $1 THEN now() - interval '1 minute' END
        WHERE edition_id = $2`,
      [subscriberIds[0], editionId],
    );
    const report = await env.worker.get(ReconcileDeliveriesUseCase).execute();
    expect(report).toEqual({ retaken: 1, uncertain: 1, requeued: 0 });
    expect(await settled(editionId, 2)).toEqual({ SENT: 1, UNCERTAIN: 1 });
    expect(env.smtp.received.slice(before).map((mail) => mail.to)).toEqual(['ripresa@example.org']);
  });
});
