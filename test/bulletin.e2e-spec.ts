import type { INestApplicationContext } from '@nestjs/common';
import { SECTION_CODES, nextWeek, weekKeyOf } from '#libs/bulletin';
import {
  candidateBody,
  createOrganisation,
  createSession,
  expectProblem,
  startTestApi,
  type TestApi,
  type TestSession,
} from '#libs/testing';
import request from 'supertest';
import {
  eventually,
  seedCompany,
  seedVacancy,
} from '../libs/bulletin/src/testing/bulletin-fixtures.js';
import { FAST_DELIVERY } from '../libs/bulletin/src/testing/bulletin-test-env.js';
import {
  type TestSmtpServer,
  startTestSmtpServer,
} from '../libs/bulletin/src/testing/test-smtp-server.js';
import { startTestWorker } from '../libs/bulletin/src/testing/test-worker.js';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Europe/Rome',
  });

describe('bulletin (e2e)', () => {
  let smtp: TestSmtpServer;
  let api: TestApi;
  let worker: INestApplicationContext;
  let coordinator: TestSession;
  let tutor: TestSession;
  let consultant: TestSession;
  let areaId: string;
  const week = weekKeyOf(new Date());
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    api = await startTestApi('bulletin', { ...FAST_DELIVERY, SMTP_URL: smtp.url });
    worker = await startTestWorker(api.config);
    const admin = await createOrganisation(api.app, 'ALA Milano');
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    const owner = {
      organisationId: admin.organisationId,
      ...(await seedCompany(api.db, admin.organisationId)),
    };
    await seedVacancy(api.db, owner, { title: 'Addetta alle pulizie', publishedOn: day(-3) });
    await seedVacancy(api.db, owner, { title: 'Aiuto cuoco', publishedOn: day(-2) });
    await seedVacancy(api.db, owner, {
      title: 'Offerta scaduta',
      publishedOn: day(-5),
      expiresOn: day(-1),
    });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  const mailTo = (email: string, count = 1) =>
    eventually(
      async () => smtp.receivedBy(email),
      (mails) => mails.length >= count,
    );
  const tokenIn = (text: string, path: string) =>
    new RegExp(`/api/bulletin/subscriptions/${path}\\?token=([\\w-]+)`).exec(text)![1];

  it('lets coordinators and tutors create areas, and consultants only read them', async () => {
    const created = await http()
      .post('/api/bulletin/areas')
      .set('Authorization', tutor.auth)
      .send({
        slug: 'milano-municipio-2',
        name: 'Milano – Municipio 2',
        centre: { lat: 45.4858, lng: 9.2163 },
        radiusKm: 2.5,
      })
      .expect(201);
    areaId = created.body.id;
    expect(created.body).toMatchObject({
      slug: 'milano-municipio-2',
      sections: [...SECTION_CODES],
      autoSend: false,
    });

    expectProblem(
      await http()
        .post('/api/bulletin/areas')
        .set('Authorization', consultant.auth)
        .send({ slug: 'x', name: 'X', municipalityCodes: ['015146'] }),
      403,
    );
    expectProblem(
      await http()
        .post('/api/bulletin/areas')
        .set('Authorization', coordinator.auth)
        .send({ slug: 'milano-municipio-2', name: 'Doppia', municipalityCodes: ['015146'] }),
      409,
      'AREA_SLUG_TAKEN',
    );
    expectProblem(
      await http()
        .post('/api/bulletin/areas')
        .set('Authorization', coordinator.auth)
        .send({ slug: 'senza-territorio', name: 'Vuota' }),
      400,
      'INVALID_AREA',
    );
    const listed = await http()
      .get('/api/bulletin/areas')
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(listed.body.map((area: { id: string }) => area.id)).toEqual([areaId]);
  });

  it('keeps courses, policies, Italian courses and services, with filters and archiving', async () => {
    const italian = await http()
      .post('/api/bulletin/contents')
      .set('Authorization', tutor.auth)
      .send({
        kind: 'ITALIAN_COURSE',
        title: 'Italiano per il lavoro, con spazio bimbi',
        provider: 'Centro Donna',
        place: 'Via Narni 1',
        municipalityCode: '015146',
        cefrLevel: 'A2',
        hours: 60,
        schedule: [{ day: 2, start: '09:00', end: '11:30' }],
        free: true,
        target: 'Mamme con figli piccoli',
        enrolBy: day(20),
      })
      .expect(201);
    expect(italian.body).toMatchObject({ kind: 'ITALIAN_COURSE', active: true, areaIds: [] });

    const missingLevel = await http()
      .post('/api/bulletin/contents')
      .set('Authorization', tutor.auth)
      .send({ kind: 'ITALIAN_COURSE', title: 'Italiano A1', provider: 'CPIA 5' });
    expectProblem(missingLevel, 400, 'INVALID_CONTENT');

    const service = await http()
      .post('/api/bulletin/contents')
      .set('Authorization', coordinator.auth)
      .send({
        kind: 'USEFUL_SERVICE',
        title: 'Sportello casa',
        provider: 'Comune di Milano',
        summary: 'Aiuto per l’affitto.',
        areaIds: [areaId],
      })
      .expect(201);
    const old = await http()
      .post('/api/bulletin/contents')
      .set('Authorization', coordinator.auth)
      .send({ kind: 'TRAINING', title: 'Corso ASA (chiuso)', provider: 'CFP', endsOn: day(-10) })
      .expect(201);
    await http()
      .post('/api/bulletin/contents')
      .set('Authorization', consultant.auth)
      .send({ kind: 'TRAINING', title: 'x', provider: 'y' })
      .expect(403);

    const active = await http()
      .get('/api/bulletin/contents?active=true&sort=title')
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(active.body.items.map((item: { id: string }) => item.id)).toEqual([
      italian.body.id,
      service.body.id,
    ]);
    const italianOnly = await http()
      .get('/api/bulletin/contents?kind=ITALIAN_COURSE')
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(italianOnly.body.total).toBe(1);

    await http()
      .patch(`/api/bulletin/contents/${service.body.id}`)
      .set('Authorization', tutor.auth)
      .send({ contact: 'Via Padova 36, lun-ven 9-12' })
      .expect(200);
    await http()
      .post(`/api/bulletin/contents/${old.body.id}/archive`)
      .set('Authorization', tutor.auth)
      .expect(200);
    const archived = await http()
      .get('/api/bulletin/contents?archived=true')
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(archived.body.items.map((item: { id: string }) => item.id)).toEqual([old.body.id]);
  });

  it('subscribes with double opt-in, answering the same whether or not the address is known', async () => {
    const subscribe = () =>
      http()
        .post('/api/bulletin/subscriptions')
        .send({ email: 'Lettrice@Example.org', areas: ['milano-municipio-2'], consent: true });
    const first = await subscribe().expect(202);
    const again = await subscribe().expect(202);
    const unknownArea = await http()
      .post('/api/bulletin/subscriptions')
      .send({ email: 'lettrice@example.org', areas: ['non-esiste'], consent: true });
    expect(again.body).toEqual(first.body);
    expectProblem(unknownArea, 404, 'NOT_FOUND');
    expectProblem(
      await http()
        .post('/api/bulletin/subscriptions')
        .send({ email: 'x@example.org', areas: ['milano-municipio-2'], consent: false }),
      400,
    );

    const [confirmation] = await mailTo('lettrice@example.org');
    expect(confirmation.subject).toBe('Conferma l’iscrizione al Bollettino lavoro e formazione');
    const token = tokenIn(confirmation.text, 'confirm');

    const page = await http()
      .get(`/api/bulletin/subscriptions/confirm?token=${token}`)
      .set('Accept', 'text/html')
      .expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const [pending] = await api.db.query(
      `SELECT status, consent FROM bulletin_subscribers WHERE email = 'lettrice@example.org'`,
    );
    expect(pending).toEqual({ status: 'PENDING', consent: null });

    await http()
      .post(`/api/bulletin/subscriptions/confirm?token=${token}`)
      .set('Accept', 'application/json')
      .expect(200, { status: 'ACTIVE' });
    const [active] = await api.db.query(
      `SELECT status, consent FROM bulletin_subscribers WHERE email = 'lettrice@example.org'`,
    );
    expect(active.status).toBe('ACTIVE');
    expect(active.consent).toMatchObject({
      method: 'DOUBLE_OPT_IN_WEB',
      textVersion: '2026-11',
      givenAt: expect.any(String),
    });
    const events = await api.db.query(
      `SELECT event, method, text_version FROM bulletin_consent_events ORDER BY id`,
    );
    expect(events.map((e: { event: string }) => e.event)).toEqual([
      'REQUESTED',
      'REQUESTED',
      'CONFIRMED',
    ]);

    const bad = await http()
      .post('/api/bulletin/subscriptions/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
      .set('Accept', 'application/json');
    expectProblem(bad, 404, 'INVALID_TOKEN');
  });

  it('composes, lets an editor review and approve, and publishes the page only once approved', async () => {
    const composed = await http()
      .post(`/api/bulletin/areas/${areaId}/editions`)
      .set('Authorization', tutor.auth)
      .send({})
      .expect(200);
    expect(composed.body.created).toBe(true);
    const edition = composed.body.edition;
    expect(edition).toMatchObject({
      weekKey: week,
      status: 'DRAFT',
      pagePath: `/bollettino/milano-municipio-2/${week}`,
    });
    const titles = (code: string) =>
      edition.sections
        .find((s: { code: string }) => s.code === code)
        .items.map((i: { title: string }) => i.title);
    expect(titles('OPEN_MARKET')).toEqual(['Aiuto cuoco', 'Addetta alle pulizie']);
    expect(titles('ITALIAN_COURSES')).toEqual(['Italiano per il lavoro, con spazio bimbi']);
    expect(titles('TRAINING')).toEqual([]);

    const again = await http()
      .post(`/api/bulletin/areas/${areaId}/editions`)
      .set('Authorization', tutor.auth)
      .send({ weekKey: week })
      .expect(200);
    expect(again.body).toMatchObject({ created: false, edition: { id: edition.id } });

    const offers = edition.sections[0].items;
    const reordered = await http()
      .post(`/api/bulletin/editions/${edition.id}/reorder`)
      .set('Authorization', tutor.auth)
      .send({ section: 'OPEN_MARKET', itemId: offers[1].id, toIndex: 0 })
      .expect(200);
    expect(reordered.body.sections[0].items.map((i: { title: string }) => i.title)).toEqual([
      'Addetta alle pulizie',
      'Aiuto cuoco',
    ]);
    expectProblem(
      await http()
        .post(`/api/bulletin/editions/${edition.id}/reorder`)
        .set('Authorization', tutor.auth)
        .send({ section: 'OPEN_MARKET', itemId: offers[1].id, toIndex: 5 }),
      422,
      'INVALID_POSITION',
    );
    await http()
      .post(`/api/bulletin/editions/${edition.id}/approve`)
      .set('Authorization', consultant.auth)
      .expect(403);

    await http().get(`/bollettino/milano-municipio-2/${week}`).expect(404);
    expectProblem(
      await http()
        .post(`/api/bulletin/editions/${edition.id}/send`)
        .set('Authorization', tutor.auth),
      409,
      'EDITION_NOT_APPROVED',
    );
    const approved = await http()
      .post(`/api/bulletin/editions/${edition.id}/approve`)
      .set('Authorization', coordinator.auth)
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      approvedBy: { kind: 'EDITOR', userId: coordinator.userId },
    });
    expectProblem(
      await http()
        .post(`/api/bulletin/editions/${edition.id}/drop`)
        .set('Authorization', tutor.auth)
        .send({ section: 'OPEN_MARKET', itemId: offers[0].id }),
      409,
      'EDITION_NOT_EDITABLE',
    );

    const page = await http().get(`/bollettino/milano-municipio-2/${week}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Addetta alle pulizie');
    expect(page.text).toContain('Sportello casa');
    expect(page.text).not.toContain('Offerta scaduta');
    expect(page.text).not.toContain('lettrice@example.org');
    await http().get(`/bollettino/milano-municipio-2/2026-W99`).expect(400);
    await http().get(`/bollettino/non-esiste/${week}`).expect(404);
  });

  it('sends the approved edition once, and nothing after a one-click unsubscribe', async () => {
    const [edition] = await api.db.query(`SELECT id FROM bulletin_editions WHERE area_id = $1`, [
      areaId,
    ]);
    await http()
      .post(`/api/bulletin/editions/${edition.id}/send`)
      .set('Authorization', tutor.auth)
      .expect(202);
    await http()
      .post(`/api/bulletin/editions/${edition.id}/send`)
      .set('Authorization', tutor.auth)
      .expect(202);
    const [, copy] = await mailTo('lettrice@example.org', 2);
    expect(copy.subject).toContain('Milano – Municipio 2');
    expect(copy.html).toContain('Addetta alle pulizie');
    expect(copy.html).toContain('Italiano per il lavoro, con spazio bimbi');
    expect(copy.html).toContain(`http://localhost:3000/bollettino/milano-municipio-2/${week}`);
    expect(copy.text).toContain(
      "Annulla l'iscrizione con un clic: http://localhost:3000/api/bulletin/subscriptions/unsubscribe?token=",
    );

    const detail = await eventually(
      async () =>
        (
          await http()
            .get(`/api/bulletin/editions/${edition.id}`)
            .set('Authorization', consultant.auth)
        ).body,
      (body) => body.deliveries.SENT === 1,
    );
    expect(detail).toMatchObject({
      status: 'SENT',
      deliveries: { SENT: 1, QUEUED: 0, UNCERTAIN: 0 },
    });

    const header = copy.headers.get('list-unsubscribe')!;
    const url = new URL(/^<([^>]+)>$/.exec(header)![1]);
    expect(url.pathname).toBe('/api/bulletin/subscriptions/unsubscribe');
    await http().get(`${url.pathname}${url.search}`).set('Accept', 'text/html').expect(200);
    await http()
      .post(`${url.pathname}${url.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200, { status: 'UNSUBSCRIBED' });
    const [subscriber] = await api.db.query(
      `SELECT status FROM bulletin_subscribers WHERE email = 'lettrice@example.org'`,
    );
    expect(subscriber.status).toBe('UNSUBSCRIBED');
    const [event] = await api.db.query(
      `SELECT event, method FROM bulletin_consent_events ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toEqual({ event: 'UNSUBSCRIBED', method: 'ONE_CLICK' });

    const next = await http()
      .post(`/api/bulletin/areas/${areaId}/editions`)
      .set('Authorization', tutor.auth)
      .send({ weekKey: nextWeek(week) })
      .expect(200);
    await http()
      .post(`/api/bulletin/editions/${next.body.edition.id}/approve`)
      .set('Authorization', tutor.auth)
      .expect(200);
    await http()
      .post(`/api/bulletin/editions/${next.body.edition.id}/send`)
      .set('Authorization', tutor.auth)
      .expect(202);
    await eventually(
      async () =>
        (
          await http()
            .get(`/api/bulletin/editions/${next.body.edition.id}`)
            .set('Authorization', tutor.auth)
        ).body.status,
      (status) => status === 'SENT',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.receivedBy('lettrice@example.org')).toHaveLength(2);
  });

  it('puts a consenting candidate’s own matches in their copy only', async () => {
    const candidate = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody())
      .expect(201);
    const noConsent = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
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
      await http()
        .post('/api/bulletin/subscribers')
        .set('Authorization', tutor.auth)
        .send({ candidateId: noConsent.body.id, areaIds: [areaId] }),
      409,
      'NO_BULLETIN_CONSENT',
    );
    await http()
      .post('/api/bulletin/subscribers')
      .set('Authorization', consultant.auth)
      .send({ candidateId: candidate.body.id, areaIds: [areaId] })
      .expect(403);
    await http()
      .post('/api/bulletin/subscribers')
      .set('Authorization', tutor.auth)
      .send({ candidateId: candidate.body.id, areaIds: [areaId] })
      .expect(202);
    const [confirmation] = await mailTo('amina.haddad@example.org');
    await http()
      .post(`/api/bulletin/subscriptions/confirm?token=${tokenIn(confirmation.text, 'confirm')}`)
      .set('Accept', 'application/json')
      .expect(200);
    await http()
      .post('/api/bulletin/subscriptions')
      .send({ email: 'rete@example.org', areas: ['milano-municipio-2'], consent: true })
      .expect(202);
    const [network] = await mailTo('rete@example.org');
    await http()
      .post(`/api/bulletin/subscriptions/confirm?token=${tokenIn(network.text, 'confirm')}`)
      .set('Accept', 'application/json')
      .expect(200);

    const [vacancy] = await api.db.query(
      `SELECT id, organisation_id FROM vacancies WHERE title = 'Aiuto cuoco'`,
    );
    await api.db.query(
      `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, factors, for_candidate, distance_km, contract_type, km_zero)
       VALUES ($1, $2, $3, 88, '{}', true, 1.2, 'A.02.00', false)`,
      [candidate.body.id, vacancy.id, vacancy.organisation_id],
    );
    const composed = await http()
      .post(`/api/bulletin/areas/${areaId}/editions`)
      .set('Authorization', tutor.auth)
      .send({ weekKey: nextWeek(nextWeek(week)) })
      .expect(200);
    await http()
      .post(`/api/bulletin/editions/${composed.body.edition.id}/approve`)
      .set('Authorization', tutor.auth)
      .expect(200);
    await http()
      .post(`/api/bulletin/editions/${composed.body.edition.id}/send`)
      .set('Authorization', tutor.auth)
      .expect(202);
    const [, own] = await mailTo('amina.haddad@example.org', 2);
    const [, theirs] = await mailTo('rete@example.org', 2);
    expect(own.html).toContain('Le tue migliori opportunità');
    expect(own.text).toContain('Aiuto cuoco');
    expect(theirs.html).not.toContain('Le tue migliori opportunità');
    for (const mail of [own, theirs]) expect(mail.raw).not.toMatch(/Haddad|Amina/);

    const list = await http()
      .get('/api/bulletin/subscribers?status=ACTIVE')
      .set('Authorization', coordinator.auth)
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
    await http().get('/api/bulletin/subscribers').set('Authorization', consultant.auth).expect(403);
  });
});
