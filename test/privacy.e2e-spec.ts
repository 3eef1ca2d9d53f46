import { ApplyRetentionUseCase } from '#libs/privacy';
import {
  candidateBody,
  captureStdout,
  createOrganisation,
  createSession,
  expectProblem,
  findTextInDatabase,
  FIXTURE_TAX_CODE,
  type TestSession,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';

/** Counts the funders' reports rely on: people in charge by year and pathway status. */
async function yearlyCounts(api: TestApi) {
  return api.db.query(
    `SELECT extract(year FROM created_at)::int AS year, pathway_status, count(*)::int AS n
       FROM candidates GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}

describe('GDPR rights (e2e)', () => {
  let api: TestApi;
  let coordinator: TestSession;
  let tutor: TestSession;
  let consultant: TestSession;
  let otherTutor: TestSession;
  const logged: string[] = [];
  let restoreStdout: () => void;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    // The API logs at info level here, so the test can prove no log line names the person.
    restoreStdout = captureStdout(logged);
    api = await startTestApi('privacy', { LOG_LEVEL: 'info' });
    const admin = await createOrganisation(api.app);
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    otherTutor = await createSession(api.app, admin.organisationId, 'tutor');
  });
  afterAll(async () => {
    restoreStdout();
    await api?.close();
  });

  const sensitivePerson = () =>
    candidateBody({
      firstName: 'Zulema',
      lastName: 'Quintanilla',
      taxCode: FIXTURE_TAX_CODE,
      email: 'zulema.q@example.org',
      targetGroups: ['VIOLENCE', 'PARENT'],
      referral: { kind: 'ANTI_VIOLENCE_CENTRE', name: 'Centro antiviolenza Niguarda' },
      sensitive: {
        violence: { antiViolenceCentre: 'CAV Niguarda', notes: 'percorso di protezione' },
      },
    });

  it('exports everything held about a person to those on the case, and logs the export', async () => {
    const { body: created } = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(sensitivePerson())
      .expect(201);
    const exported = await http()
      .get(`/api/candidates/${created.id}/export`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    expect(exported.body.sections.candidate.sensitive.violence).toEqual({
      antiViolenceCentre: 'CAV Niguarda',
      notes: 'percorso di protezione',
    });
    expect(exported.body.sections.candidate.lastName).toBe('Quintanilla');
    for (const outsider of [consultant, otherTutor]) {
      expectProblem(
        await http()
          .get(`/api/candidates/${created.id}/export`)
          .set('Authorization', outsider.auth),
        403,
      );
    }
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int FROM audit_log WHERE action = 'CANDIDATE_EXPORTED' AND subject_id = $1`,
      [created.id],
    );
    expect(count).toBe(1);
  });

  it('erases a person: no table or log line keeps the name or tax code, and the yearly counts stay', async () => {
    await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ lastName: 'Rossi', pathwayStatus: 'EMPLOYED' }))
      .expect(201);
    const before = await yearlyCounts(api);
    const { body: person } = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send({
        ...sensitivePerson(),
        taxCode: null,
        firstName: 'Ximena',
        lastName: 'Oyarzabal',
        email: 'ximena.o@example.org',
        pathwayStatus: 'EMPLOYED',
        referral: { kind: 'ANTI_VIOLENCE_CENTRE', name: 'CAV Lambrate' },
        sensitive: {
          violence: { antiViolenceCentre: 'CAV Lambrate', notes: 'casa rifugio riservata' },
        },
      })
      .expect(201);
    const withPerson = await yearlyCounts(api);
    // Her own bulletin subscription, as POST /api/bulletin/subscribers makes it after her consent.
    await api.db.query(
      `INSERT INTO bulletin_subscribers (organisation_id, email, status, sections, candidate_id)
       VALUES ($1, 'ximena.o@example.org', 'ACTIVE', '{OPEN_MARKET}', $2)`,
      [tutor.organisationId, person.id],
    );

    expectProblem(
      await http().post(`/api/candidates/${person.id}/erase`).set('Authorization', tutor.auth),
      403,
    );
    await http()
      .post(`/api/candidates/${person.id}/erase`)
      .set('Authorization', coordinator.auth)
      .expect(200);

    expect(
      await findTextInDatabase(api.db, [
        'Ximena',
        'Oyarzabal',
        'ximena.o@example.org',
        'Lambrate',
        'rifugio',
      ]),
    ).toEqual([]);
    expect(logged.join('')).not.toMatch(/Ximena|Oyarzabal|ximena\.o/);
    expect(await yearlyCounts(api)).toEqual(withPerson);
    expect(withPerson).not.toEqual(before);

    const after = await http()
      .get(`/api/candidates/${person.id}`)
      .set('Authorization', coordinator.auth)
      .expect(200);
    expect(after.body).toEqual(
      expect.objectContaining({
        firstName: 'Persona',
        lastName: 'anonimizzata',
        taxCode: null,
        email: null,
      }),
    );
    expect(after.body.erasedAt).toEqual(expect.any(String));
    expectProblem(
      await http()
        .post(`/api/candidates/${person.id}/erase`)
        .set('Authorization', coordinator.auth),
      409,
      'ALREADY_ERASED',
    );
    expectProblem(
      await http()
        .patch(`/api/candidates/${person.id}`)
        .set('Authorization', coordinator.auth)
        .send({ firstName: 'Di nuovo' }),
      409,
    );
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int FROM audit_log WHERE action = 'CANDIDATE_ERASED' AND subject_id = $1`,
      [person.id],
    );
    expect(count).toBe(1);
  });

  it('anonymises cases closed longer ago than the retention period, and only those', async () => {
    const { body: old } = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ lastName: 'Vecchiocaso', pathwayStatus: 'CLOSED' }))
      .expect(201);
    const { body: recent } = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ lastName: 'Casorecente', pathwayStatus: 'CLOSED' }))
      .expect(201);
    await api.db.query(
      `UPDATE candidates SET closed_at = now() - interval '800 days' WHERE id = $1`,
      [old.id],
    );

    const result = await api.app.get(ApplyRetentionUseCase).execute();
    expect(result.anonymised).toBe(1);
    const rows = await api.db.query(
      `SELECT id, last_name, erased_at FROM candidates WHERE id = ANY($1::uuid[])`,
      [[old.id, recent.id]],
    );
    const byId = Object.fromEntries(rows.map((r: { id: string }) => [r.id, r]));
    expect(byId[old.id].last_name).toBe('anonimizzata');
    expect(byId[recent.id].last_name).toBe('Casorecente');
    expect(byId[recent.id].erased_at).toBeNull();
  });

  it('lets coordinators query the audit log, and records that they did', async () => {
    const response = await http()
      .get('/api/audit')
      .query({ action: 'SENSITIVE_READ', pageSize: 5 })
      .set('Authorization', coordinator.auth)
      .expect(200);
    expect(
      response.body.items.every((entry: { action: string }) => entry.action === 'SENSITIVE_READ'),
    ).toBe(true);
    expectProblem(await http().get('/api/audit').set('Authorization', tutor.auth), 403);
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int FROM audit_log WHERE action = 'AUDIT_READ' AND actor_user_id = $1`,
      [coordinator.userId],
    );
    expect(count).toBe(1);
  });
});
