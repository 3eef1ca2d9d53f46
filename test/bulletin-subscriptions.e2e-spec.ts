import {
  ComposeScheduledEditionUseCase,
  nextWeek,
  type WeekKey,
  weekKeyOf,
  weekRelation,
} from '#libs/bulletin';
import { candidateBody, expectProblem } from '#libs/testing';
import { eventually, seedVacancy } from '../libs/bulletin/src/testing/bulletin.fixtures.js';
import {
  type BulletinE2e,
  dayInRome,
  MUNICIPIO_2,
  startBulletinE2e,
  tokenIn,
} from './support/bulletin/bulletin-e2e.js';

/** The readers' side: double opt-in, delivery, one-click unsubscribe, a candidate's own copy. */
describe('bulletin subscriptions and delivery (e2e)', () => {
  let e2e: BulletinE2e;
  let areaId: string;
  const week = weekKeyOf(new Date());

  beforeAll(async () => {
    e2e = await startBulletinE2e('bulletin_subscriptions');
    const area = await e2e
      .http()
      .post('/api/bulletin/areas')
      .set('Authorization', e2e.coordinator.auth)
      .send(MUNICIPIO_2)
      .expect(201);
    areaId = area.body.id;
    await e2e
      .http()
      .post('/api/bulletin/contents')
      .set('Authorization', e2e.tutor.auth)
      .send({
        kind: 'ITALIAN_COURSE',
        title: 'Italiano per il lavoro, con spazio bimbi',
        provider: 'Centro Donna',
        cefrLevel: 'A2',
        hours: 60,
      })
      .expect(201);
    const db = e2e.api.db;
    await seedVacancy(db, e2e.owner, { title: 'Addetta alle pulizie', publishedOn: dayInRome(-3) });
    await seedVacancy(db, e2e.owner, { title: 'Aiuto cuoco', publishedOn: dayInRome(-2) });
    await seedVacancy(db, e2e.owner, {
      title: 'Panetteria',
      publishedOn: dayInRome(-9),
      kmZero: true,
    });
  });
  afterAll(() => e2e?.close());

  const post = (path: string, auth = e2e.tutor.auth) =>
    e2e.http().post(path).set('Authorization', auth);

  /**
   * Composes the area's edition for the week, approves it and sends it. Editors compose only this
   * week and the next: a third week is composed the way the weekly scheduler does.
   */
  async function publish(weekKey: WeekKey): Promise<string> {
    const id =
      weekRelation(weekKey, new Date()) === 'LATER'
        ? (await e2e.worker.get(ComposeScheduledEditionUseCase).execute(areaId, weekKey)).editionId!
        : (await post(`/api/bulletin/areas/${areaId}/editions`).send({ weekKey }).expect(200)).body
            .edition.id;
    await post(`/api/bulletin/editions/${id}/approve`).expect(200);
    await post(`/api/bulletin/editions/${id}/send`).expect(202);
    return id;
  }

  const edition = (id: string) =>
    e2e.http().get(`/api/bulletin/editions/${id}`).set('Authorization', e2e.consultant.auth);

  async function confirm(email: string): Promise<void> {
    const [confirmation] = await e2e.mailTo(email);
    await e2e
      .http()
      .post(`/api/bulletin/subscriptions/confirm?token=${tokenIn(confirmation.text, 'confirm')}`)
      .set('Accept', 'application/json')
      .expect(200, { status: 'ACTIVE' });
  }

  it('subscribes with double opt-in, answering the same whether or not the address is known', async () => {
    const subscribe = () =>
      e2e
        .http()
        .post('/api/bulletin/subscriptions')
        .send({ email: 'Lettrice@Example.org', areas: ['milano-municipio-2'], consent: true });
    const first = await subscribe().expect(202);
    const again = await subscribe().expect(202);
    expect(again.body).toEqual(first.body);
    expectProblem(
      await e2e
        .http()
        .post('/api/bulletin/subscriptions')
        .send({ email: 'lettrice@example.org', areas: ['non-esiste'], consent: true }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await e2e
        .http()
        .post('/api/bulletin/subscriptions')
        .send({ email: 'x@example.org', areas: ['milano-municipio-2'], consent: false }),
      400,
    );

    const [confirmation] = await e2e.mailTo('lettrice@example.org');
    expect(confirmation.subject).toBe('Conferma l’iscrizione al Bollettino lavoro e formazione');
    const token = tokenIn(confirmation.text, 'confirm');
    const page = await e2e
      .http()
      .get(`/api/bulletin/subscriptions/confirm?token=${token}`)
      .set('Accept', 'text/html')
      .expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const status = () =>
      e2e.api.db.query(
        `SELECT status, consent FROM bulletin_subscribers WHERE email = 'lettrice@example.org'`,
      );
    expect(await status()).toEqual([{ status: 'PENDING', consent: null }]);

    await confirm('lettrice@example.org');
    const [active] = await status();
    expect(active.consent).toMatchObject({
      method: 'DOUBLE_OPT_IN_WEB',
      textVersion: '2026-11',
      givenAt: expect.any(String),
    });
    const events = await e2e.api.db.query(`SELECT event FROM bulletin_consent_events ORDER BY id`);
    expect(events.map((e: { event: string }) => e.event)).toEqual([
      'REQUESTED',
      'REQUESTED',
      'CONFIRMED',
    ]);
    expectProblem(
      await e2e
        .http()
        .post('/api/bulletin/subscriptions/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
        .set('Accept', 'application/json'),
      404,
      'INVALID_TOKEN',
    );
  });

  it('sends the approved edition once, and nothing after a one-click unsubscribe', async () => {
    const editionId = await publish(week);
    // Asking to send again (an impatient editor, a retry) adds nobody twice.
    await post(`/api/bulletin/editions/${editionId}/send`).expect(202);
    const [, copy] = await e2e.mailTo('lettrice@example.org', 2);
    expect(copy.subject).toContain('Milano – Municipio 2');
    expect(copy.html).toContain('Addetta alle pulizie');
    expect(copy.html).toContain('Italiano per il lavoro, con spazio bimbi');
    expect(copy.html).toContain(`http://localhost:3000/bollettino/milano-municipio-2/${week}`);
    expect(copy.text).toContain(
      "Annulla l'iscrizione con un clic: http://localhost:3000/api/bulletin/subscriptions/unsubscribe?token=",
    );
    const detail = await eventually(
      async () => (await edition(editionId)).body,
      (body) => body.deliveries.SENT === 1,
    );
    expect(detail).toMatchObject({ status: 'SENT', deliveries: { SENT: 1, QUEUED: 0 } });

    const url = new URL(/^<([^>]+)>$/.exec(copy.headers.get('list-unsubscribe')!)![1]);
    expect(url.pathname).toBe('/api/bulletin/subscriptions/unsubscribe');
    await e2e.http().get(`${url.pathname}${url.search}`).set('Accept', 'text/html').expect(200);
    await e2e
      .http()
      .post(`${url.pathname}${url.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200, { status: 'UNSUBSCRIBED' });
    const [event] = await e2e.api.db.query(
      `SELECT event, method FROM bulletin_consent_events ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toEqual({ event: 'UNSUBSCRIBED', method: 'ONE_CLICK' });

    const next = await publish(nextWeek(week));
    const sent = await eventually(
      async () => (await edition(next)).body,
      (body) => body.status === 'SENT',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Object.values(sent.deliveries).every((count) => count === 0)).toBe(true);
    expect(e2e.smtp.receivedBy('lettrice@example.org')).toHaveLength(2);
  });

  it('puts a consenting candidate’s own matches in their copy only', async () => {
    const candidate = await post('/api/candidates').send(candidateBody()).expect(201);
    const withoutConsent = await post('/api/candidates')
      .send(
        candidateBody({
          email: 'senza.consenso@example.org',
          consent: {
            privacyNoticeVersion: '2026-01',
            givenAt: '2026-01-15T10:00:00Z',
            bulletin: false,
            shareWithCompanies: false,
          },
        }),
      )
      .expect(201);
    expectProblem(
      await post('/api/bulletin/subscribers').send({
        candidateId: withoutConsent.body.id,
        areaIds: [areaId],
      }),
      409,
      'NO_BULLETIN_CONSENT',
    );
    const subscribeCandidate = { candidateId: candidate.body.id, areaIds: [areaId] };
    await post('/api/bulletin/subscribers', e2e.consultant.auth)
      .send(subscribeCandidate)
      .expect(403);
    await post('/api/bulletin/subscribers').send(subscribeCandidate).expect(202);
    await confirm('amina.haddad@example.org');
    await e2e
      .http()
      .post('/api/bulletin/subscriptions')
      .send({ email: 'rete@example.org', areas: ['milano-municipio-2'], consent: true })
      .expect(202);
    await confirm('rete@example.org');

    const [vacancy] = await e2e.api.db.query(
      `SELECT id, organisation_id FROM vacancies WHERE title = 'Aiuto cuoco'`,
    );
    await e2e.api.db.query(
      `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score,
          for_candidate, distance_km, contract_type, km_zero)
       VALUES ($1, $2, $3, 88, true, 1.2, 'A.02.00', false)`,
      [candidate.body.id, vacancy.id, vacancy.organisation_id],
    );
    await publish(nextWeek(nextWeek(week)));
    const [, own] = await e2e.mailTo('amina.haddad@example.org', 2);
    const [, theirs] = await e2e.mailTo('rete@example.org', 2);
    expect(own.html).toContain('Le tue migliori opportunità');
    expect(own.text).toContain('Aiuto cuoco');
    expect(theirs.html).not.toContain('Le tue migliori opportunità');
    for (const mail of [own, theirs]) expect(mail.raw).not.toMatch(/Haddad|Amina/);

    const list = await e2e
      .http()
      .get('/api/bulletin/subscribers?status=ACTIVE')
      .set('Authorization', e2e.coordinator.auth)
      .expect(200);
    expect(
      list.body.items.map((s: { email: string; personalSection: boolean }) => [
        s.email,
        s.personalSection,
      ]),
    ).toEqual([
      ['amina.haddad@example.org', true],
      ['rete@example.org', false],
    ]);
    await e2e
      .http()
      .get('/api/bulletin/subscribers')
      .set('Authorization', e2e.consultant.auth)
      .expect(403);
  });
});
