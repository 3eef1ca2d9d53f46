import type { INestApplicationContext } from '@nestjs/common';
import {
  candidateBody,
  captureStdout,
  createOrganisation,
  createSession,
  createTestCompany,
  dumpRedisKeys,
  expectProblem,
  findTextInDump,
  findTextInRedisDump,
  FIXTURE_TAX_CODE,
  type TestSession,
  vacancyBody,
  waitFor,
} from '#libs/testing';
import request from 'supertest';
import {
  type TestSmtpServer,
  startTestSmtpServer,
} from '../libs/bulletin/src/testing/test-smtp-server.js';
import { FAST_DELIVERY } from './support/bulletin/bulletin-test-env.js';
import { tokenIn } from './support/bulletin/bulletin-e2e.js';
import { startTestWorker } from './support/bulletin/test-worker.js';
import { startTestApi, type TestApi } from './support/test-api.js';

/**
 * Every value that was personal, as it was written. After an erasure none of them may be found in
 * a dump of the database, in the Redis keys of the queues, or in a log line (see the README's
 * retention table for what is kept, and why).
 */
const PERSONAL = {
  firstName: 'Eulalia',
  lastName: 'Trombettoni',
  taxCode: FIXTURE_TAX_CODE,
  email: 'eulalia.trombettoni@example.org',
  newEmail: 'eulalia.casella@example.org',
  phone: '+39 333 918 2746',
  birthDate: '1985-12-10',
  homeLat: 45.4912345,
  homeLng: 9.2234567,
  skill: 'restauro di violini',
  experience: 'liutaia di bottega',
  referral: 'Sportello Corvetto',
  referralContact: 'Dottoressa Pignatelli',
  health: 'diabete giovanile insulinodipendente',
  justice: 'affidamento terapeutico',
  asylum: 'permesso umanitario ventennale',
  violenceCentre: 'CAV Ortica',
  violenceNotes: 'casa rifugio segreta',
  l68Office: 'Collocamento mirato sportello Quattordicesimo',
  proposalNote: 'Chiede orari compatibili con la terapia al Santuccio',
  transitionNote: 'Colloquio fissato con la signora Trombettoni',
  softOutcomeNote: 'Puntualissima nonostante la cura',
  subscribeIp: '203.0.113.77',
  confirmIp: '198.51.100.23',
};

/**
 * The special-category values: sealed at rest (encryption), so a dump never shows them, not even
 * before the erasure; the tutor on the case reads them through the API until the erasure.
 */
const SEALED_NEEDLES = [
  'Corvetto',
  'Pignatelli',
  'insulinodipendente',
  'terapeutico',
  'ventennale',
  'Ortica',
  'rifugio',
  'Quattordicesimo',
];

const NEEDLES = [
  PERSONAL.firstName,
  PERSONAL.lastName,
  PERSONAL.taxCode,
  PERSONAL.email,
  PERSONAL.newEmail,
  'trombettoni',
  PERSONAL.phone,
  PERSONAL.birthDate,
  String(PERSONAL.homeLat),
  String(PERSONAL.homeLng),
  'violini',
  'liutaia',
  ...SEALED_NEEDLES,
  // A word of the note only: the official occupation list holds 'terapia' in many titles.
  'Santuccio',
  'Puntualissima',
  PERSONAL.subscribeIp,
  PERSONAL.confirmIp,
];

describe('complete erasure (e2e)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: TestSmtpServer;
  let coordinator: TestSession;
  let tutor: TestSession;
  let consultant: TestSession;
  const logged: string[] = [];
  let restoreStdout: () => void = () => undefined;
  const http = () => request(api.app.getHttpServer());
  const post = (session: TestSession, path: string, body: object = {}) =>
    http().post(path).set('Authorization', session.auth).send(body);

  beforeAll(async () => {
    // Everything the API and the worker log at info level, to prove no line names the person.
    restoreStdout = captureStdout(logged);
    smtp = await startTestSmtpServer();
    api = await startTestApi('privacy_erasure', {
      ...FAST_DELIVERY,
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'info',
    });
    worker = await startTestWorker(api.config);
    const admin = await createOrganisation(api.app, 'Cooperativa Erasmo');
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
  }, 60_000);
  afterAll(async () => {
    restoreStdout();
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  const mailTo = (email: string, count = 1) =>
    waitFor(
      async () => smtp.receivedBy(email),
      (mails) => mails.length >= count,
    );

  it('leaves no personal value in the database, the queues or the logs, and kills pending links', async () => {
    const company = await createTestCompany(api.app, consultant, 1, { headcount: 60 });
    const vacancy = (await post(consultant, '/api/vacancies', vacancyBody(company)).expect(201))
      .body.id;
    const area = await post(coordinator, '/api/bulletin/areas', {
      slug: 'milano-municipio-4',
      name: 'Milano – Municipio 4',
      centre: { lat: 45.44, lng: 9.22 },
      radiusKm: 3,
    }).expect(201);

    const { body: person } = await post(
      tutor,
      '/api/candidates',
      candidateBody({
        firstName: PERSONAL.firstName,
        lastName: PERSONAL.lastName,
        taxCode: PERSONAL.taxCode,
        email: PERSONAL.email,
        phone: PERSONAL.phone,
        birthDate: PERSONAL.birthDate,
        home: { municipalityCode: '015146', lat: PERSONAL.homeLat, lng: PERSONAL.homeLng },
        maxWeeklyHours: 30,
        skills: [{ code: null, label: PERSONAL.skill }],
        experiences: [{ occupationCode: null, occupationText: PERSONAL.experience, months: 30 }],
        targetGroups: ['VIOLENCE', 'PARENT'],
        referral: {
          kind: 'ANTI_VIOLENCE_CENTRE',
          name: PERSONAL.referral,
          contactPerson: PERSONAL.referralContact,
        },
        sensitive: {
          l68: {
            category: 'DISABILITY',
            percent: 67,
            registeredInList: true,
            registrationOffice: PERSONAL.l68Office,
            registrationDate: '2024-02-01',
          },
          health: { notes: PERSONAL.health },
          justice: { measure: PERSONAL.justice, authority: 'UEPE' },
          asylum: { status: 'SPECIAL_PROTECTION', permitType: PERSONAL.asylum },
          violence: {
            antiViolenceCentre: PERSONAL.violenceCentre,
            notes: PERSONAL.violenceNotes,
          },
        },
      }),
    ).expect(201);

    // Audit entries: reads of the special categories and an export.
    await http().get(`/api/candidates/${person.id}`).set('Authorization', tutor.auth).expect(200);
    await http()
      .get(`/api/candidates/${person.id}/export`)
      .set('Authorization', tutor.auth)
      .expect(200);

    // Stored matches, a proposal walked to a hire (placements) and a soft outcome.
    await waitFor(
      async () =>
        (
          await api.db.query(`SELECT count(*)::int AS n FROM matches WHERE candidate_id = $1`, [
            person.id,
          ])
        )[0].n,
      (n) => n > 0,
    );
    const proposal = (
      await post(tutor, '/api/proposals', {
        candidateId: person.id,
        vacancyId: vacancy,
        note: PERSONAL.proposalNote,
      }).expect(201)
    ).body.id;
    await post(tutor, `/api/proposals/${proposal}/transitions`, { to: 'SENT_TO_COMPANY' }).expect(
      200,
    );
    await post(tutor, `/api/proposals/${proposal}/transitions`, {
      to: 'INTERVIEW',
      note: PERSONAL.transitionNote,
    }).expect(200);
    await post(tutor, `/api/proposals/${proposal}/transitions`, {
      to: 'HIRED',
      placement: {
        contractType: 'A.02.00',
        weeklyHours: 24,
        fullTimeHours: 40,
        startDate: '2026-09-09',
        endDate: '2027-09-08',
      },
    }).expect(200);
    await post(tutor, `/api/candidates/${person.id}/soft-outcomes`, {
      kind: 'EDUCATIONAL_GOALS',
      level: 3,
      notes: PERSONAL.softOutcomeNote,
    }).expect(201);

    // Her bulletin subscription, confirmed from her mailbox...
    await post(tutor, '/api/bulletin/subscribers', {
      candidateId: person.id,
      areaIds: [area.body.id],
    })
      .set('X-Forwarded-For', PERSONAL.subscribeIp)
      .expect(202);
    const [confirmation] = await mailTo(PERSONAL.email);
    await http()
      .post(`/api/bulletin/subscriptions/confirm?token=${tokenIn(confirmation.text, 'confirm')}`)
      .set('Accept', 'application/json')
      .set('X-Forwarded-For', PERSONAL.confirmIp)
      .expect(200, { status: 'ACTIVE' });
    // ...and, at her new address, one she has not confirmed yet.
    await http()
      .patch(`/api/candidates/${person.id}`)
      .set('Authorization', tutor.auth)
      .send({ email: PERSONAL.newEmail })
      .expect(200);
    await post(tutor, '/api/bulletin/subscribers', {
      candidateId: person.id,
      areaIds: [area.body.id],
    })
      .set('X-Forwarded-For', PERSONAL.subscribeIp)
      .expect(202);
    const [pending] = await mailTo(PERSONAL.newEmail);
    const pendingLink = `/api/bulletin/subscriptions/confirm?token=${tokenIn(pending.text, 'confirm')}`;

    // Her search document, and the words it added to the search vocabulary.
    const indexed = async () =>
      (
        await api.db.query(
          `SELECT count(*)::int AS n FROM search_documents WHERE index_name = 'candidates' AND id = $1`,
          [person.id],
        )
      )[0].n;
    await waitFor(indexed, (n) => n === 1);
    // Before the erasure the dump finds every value but the sealed ones, and the words in the
    // search vocabulary; the sealed ones are there for the tutor on the case, through the API.
    const before = await findTextInDump(api.db, NEEDLES);
    expect(NEEDLES.filter((needle) => !before.some((hit) => hit.endsWith(` ~ ${needle}`)))).toEqual(
      SEALED_NEEDLES,
    );
    const record = await http()
      .get(`/api/candidates/${person.id}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    const readable = JSON.stringify(record.body);
    expect(SEALED_NEEDLES.filter((needle) => !readable.includes(needle))).toEqual([]);
    expect(before).toEqual(
      expect.arrayContaining([
        'search_terms.term ~ Trombettoni',
        'bulletin_subscribers.email ~ eulalia.casella@example.org',
        `bulletin_consent_events.ip ~ ${PERSONAL.subscribeIp}`,
      ]),
    );

    await post(coordinator, `/api/candidates/${person.id}/erase`).expect(200);
    await waitFor(indexed, (n) => n === 0);
    await waitFor(
      async () => (await api.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n,
      (n) => n === 0,
    );

    // The link in her mailbox now answers as an invalid link, and activates nothing.
    expectProblem(
      await http().post(pendingLink).set('Accept', 'application/json'),
      404,
      'INVALID_TOKEN',
    );
    const [{ active }] = await api.db.query(
      `SELECT count(*)::int AS active FROM bulletin_subscribers WHERE status = 'ACTIVE'`,
    );
    expect(active).toBe(0);

    expect(await findTextInDump(api.db, NEEDLES)).toEqual([]);
    // Nor is the sealed envelope kept: no key could ever open it again after the erasure anyway.
    const [{ sealed }] = await api.db.query(
      `SELECT count(*)::int AS sealed FROM candidate_sensitive WHERE candidate_id = $1`,
      [person.id],
    );
    expect(sealed).toBe(0);
    const redis = await dumpRedisKeys(api.config.QUEUE_PREFIX);
    expect(redis.size).toBeGreaterThan(0);
    expect(findTextInRedisDump(redis, NEEDLES)).toEqual([]);
    const logLines = logged.join('').toLowerCase();
    expect(logLines).toContain(`/api/candidates/${person.id}/erase`);
    expect(NEEDLES.filter((needle) => logLines.includes(needle.toLowerCase()))).toEqual([]);
    // Only the ids and the action are kept in the audit log.
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int FROM audit_log WHERE action = 'CANDIDATE_ERASED' AND subject_id = $1`,
      [person.id],
    );
    expect(count).toBe(1);
  }, 120_000);
});
