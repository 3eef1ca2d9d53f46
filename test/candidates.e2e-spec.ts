import {
  candidateBody,
  createOrganisation,
  createSession,
  FIXTURE_TAX_CODE,
  expectProblem,
  tableCounts,
  type TestSession,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';

describe('candidates (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  let tutor: TestSession;
  let otherTutor: TestSession;
  let coordinator: TestSession;
  let consultant: TestSession;
  let foreignTutor: TestSession;
  const http = () => request(api.app.getHttpServer());

  const sensitiveCandidate = () =>
    candidateBody({
      targetGroups: ['PARENT', 'DISABILITY_L68', 'CRIMINAL_JUSTICE'],
      referral: { kind: 'UEPE', name: 'UEPE Milano' },
      taskLimitations: ['HEAVY_LIFTING'],
      sensitive: {
        l68: {
          category: 'DISABILITY',
          percent: 67,
          registeredInList: true,
          certifyingBody: 'INPS',
        },
        justice: { measure: 'affidamento in prova', authority: 'UEPE' },
      },
    });

  beforeAll(async () => {
    api = await startTestApi('candidates');
    admin = await createOrganisation(api.app, 'Cooperativa A');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    otherTutor = await createSession(api.app, admin.organisationId, 'tutor');
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    const otherOrg = await createOrganisation(api.app, 'Consorzio B');
    foreignTutor = await createSession(api.app, otherOrg.organisationId, 'tutor');
  });
  afterAll(() => api?.close());

  async function create(session: TestSession, body: object = candidateBody()) {
    const response = await http()
      .post('/api/candidates')
      .set('Authorization', session.auth)
      .send(body);
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  }

  it('takes a person in charge, assigns the creating tutor and defaults the home to the municipality centre', async () => {
    const response = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody())
      .expect(201);
    expect(response.body.assignedTutorIds).toEqual([tutor.userId]);
    expect(response.body.home).toEqual({
      municipalityCode: '015146',
      lat: expect.closeTo(45.46, 1),
      lng: expect.closeTo(9.19, 1),
    });
    expect(response.body.availability).toHaveLength(5);
    expect(response.body.rightToWork).toEqual({ kind: 'PERMIT', expiresOn: '2028-05-31' });
  });

  it('refuses a second person with the same tax code in the organisation with 409', async () => {
    await create(tutor, candidateBody({ taxCode: FIXTURE_TAX_CODE }));
    const again = await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ taxCode: FIXTURE_TAX_CODE.toLowerCase() }));
    expectProblem(again, 409, 'TAX_CODE_TAKEN');
    await create(foreignTutor, candidateBody({ taxCode: FIXTURE_TAX_CODE }));
  });

  it.each([
    ['a wrong CEFR level', { italianLevel: 'D1' }, 'italianLevel'],
    [
      'a window ending before it starts',
      { availability: [{ day: 1, start: '16:00', end: '08:30' }] },
      'availability[0].end',
    ],
    ['latitude 200', { home: { municipalityCode: '015146', lat: 200, lng: 9.1 } }, 'home.lat'],
    ['an unknown field', { favouriteColour: 'blu' }, 'favouriteColour'],
    ['an unknown municipality', { home: { municipalityCode: '999999' } }, 'home.municipalityCode'],
    ['a malformed tax code', { taxCode: 'RSSMRA85T10A562T' }, 'taxCode'],
    ['a permit without expiry', { rightToWork: { kind: 'PERMIT' } }, 'rightToWork.expiresOn'],
    ['a birth date in the future', { birthDate: '2099-01-01' }, 'birthDate'],
    // ISO 8601 also allows a year, a month or a week: the date rules need a day.
    ['a birth year without the day', { birthDate: '1985' }, 'birthDate'],
    ['a birth week', { birthDate: '1985-W50' }, 'birthDate'],
    ['a birth date with a time', { birthDate: '1985-12-10T10:00:00Z' }, 'birthDate'],
    ['a provisional tax code of zeros', { taxCode: '00000000000' }, 'taxCode'],
    [
      'more preferred contracts than there are types',
      { preferredContractTypes: Array.from({ length: 200 }, () => 'A.01.00') },
      'preferredContractTypes',
    ],
    [
      'a tutor of another organisation',
      { assignedTutorIds: ['00000000-0000-4000-8000-000000000000'] },
      'assignedTutorIds[0]',
    ],
  ])(
    'rejects %s with 400 naming the field, and writes nothing',
    async (_label, override, field) => {
      const before = await tableCounts(api.db);
      const response = await http()
        .post('/api/candidates')
        .set('Authorization', tutor.auth)
        .send(candidateBody(override));
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((e) => e.field)).toContain(field);
      expect(
        problem.errors?.every((e) => /[àèéìòùa-z]/.test(e.message) && !/\bmust\b/.test(e.message)),
      ).toBe(true);
      expect(await tableCounts(api.db)).toEqual(before);
    },
  );

  it('answers 401 without a token', async () => {
    expectProblem(await http().get('/api/candidates'), 401);
    expectProblem(await http().post('/api/candidates').send(candidateBody()), 401);
  });

  it("isolates organisations: another organisation's tutor gets 404 and an empty list", async () => {
    const { id } = await create(tutor);
    expectProblem(
      await http().get(`/api/candidates/${id}`).set('Authorization', foreignTutor.auth),
      404,
      'CANDIDATE_NOT_FOUND',
    );
    expectProblem(
      await http()
        .patch(`/api/candidates/${id}`)
        .set('Authorization', foreignTutor.auth)
        .send({ maxTravelKm: 3 }),
      404,
    );
    const list = await http()
      .get('/api/candidates')
      .set('Authorization', foreignTutor.auth)
      .expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  describe('need-to-know on special-category data', () => {
    let id: string;
    beforeAll(async () => {
      ({ id } = await create(tutor, sensitiveCandidate()));
    });

    it('shows it to the assigned tutor and to coordinators, and logs each read', async () => {
      for (const reader of [tutor, coordinator]) {
        const response = await http()
          .get(`/api/candidates/${id}`)
          .set('Authorization', reader.auth)
          .expect(200);
        expect(response.body.sensitive.l68).toEqual(
          expect.objectContaining({ category: 'DISABILITY', percent: 67 }),
        );
        expect(response.body.targetGroups.sort()).toEqual([
          'CRIMINAL_JUSTICE',
          'DISABILITY_L68',
          'PARENT',
        ]);
        expect(response.body.referral).toEqual({ kind: 'UEPE', name: 'UEPE Milano' });
        const reads = await api.db.query(
          `SELECT details FROM audit_log WHERE action = 'SENSITIVE_READ' AND subject_id = $1 AND actor_user_id = $2`,
          [id, reader.userId],
        );
        expect(reads.length).toBeGreaterThanOrEqual(1);
        expect(reads.at(-1).details.fields).toEqual(
          expect.arrayContaining(['l68', 'justice', 'targetGroups', 'referral']),
        );
      }
    });

    it('hides it (absent, not blanked) from consultants and unassigned tutors, and logs nothing for them', async () => {
      for (const reader of [consultant, otherTutor]) {
        const response = await http()
          .get(`/api/candidates/${id}`)
          .set('Authorization', reader.auth)
          .expect(200);
        expect(response.body).not.toHaveProperty('sensitive');
        expect(response.body.targetGroups).toEqual(['PARENT']);
        expect(response.body.referral).toBeNull();
        const text = JSON.stringify(response.body);
        expect(text).not.toMatch(/DISABILITY|CRIMINAL|UEPE|affidamento|percent|l68|justice/);
        const list = await http()
          .get('/api/candidates')
          .set('Authorization', reader.auth)
          .expect(200);
        expect(JSON.stringify(list.body)).not.toMatch(/DISABILITY|CRIMINAL|UEPE|affidamento/);
        const [{ count }] = await api.db.query(
          `SELECT count(*)::int FROM audit_log WHERE action = 'SENSITIVE_READ' AND actor_user_id = $1`,
          [reader.userId],
        );
        expect(count).toBe(0);
      }
    });

    it('lets only those on the case change the record, and audits sensitive changes by field name', async () => {
      expectProblem(
        await http()
          .patch(`/api/candidates/${id}`)
          .set('Authorization', otherTutor.auth)
          .send({ maxTravelKm: 3 }),
        403,
        'NOT_ON_CASE',
      );
      expectProblem(
        await http()
          .patch(`/api/candidates/${id}`)
          .set('Authorization', consultant.auth)
          .send({ maxTravelKm: 3 }),
        403,
      );
      await http()
        .patch(`/api/candidates/${id}`)
        .set('Authorization', tutor.auth)
        .send({ sensitive: { health: { notes: 'non può sollevare pesi' } } })
        .expect(200);
      const [entry] = await api.db.query(
        `SELECT details FROM audit_log WHERE action = 'SENSITIVE_CHANGED' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
        [id],
      );
      expect(entry.details).toEqual({ fields: ['health'] });
      const log = JSON.stringify(await api.db.query(`SELECT * FROM audit_log`));
      expect(log).not.toMatch(/sollevare|affidamento|Haddad/);
    });
  });

  it('updates with PATCH semantics and refuses a stale version with 409', async () => {
    const created = await create(tutor);
    const updated = await http()
      .patch(`/api/candidates/${created.id}`)
      .set('Authorization', tutor.auth)
      .send({ italianLevel: 'B1', version: created.version })
      .expect(200);
    expect(updated.body.italianLevel).toBe('B1');
    expect(updated.body.firstName).toBe('Amina');
    expect(updated.body.version).toBe(created.version + 1);
    const stale = await http()
      .patch(`/api/candidates/${created.id}`)
      .set('Authorization', tutor.auth)
      .send({ italianLevel: 'B2', version: created.version });
    expectProblem(stale, 409, 'STALE_VERSION');
  });

  it('refuses to empty a required field with PATCH, naming it, and changes nothing', async () => {
    const created = await create(tutor);
    const before = await tableCounts(api.db);
    const response = await http()
      .patch(`/api/candidates/${created.id}`)
      .set('Authorization', tutor.auth)
      .send({ firstName: null, italianLevel: null });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['firstName', 'italianLevel']);
    expect(await tableCounts(api.db)).toEqual(before);
    const read = await http()
      .get(`/api/candidates/${created.id}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(read.body.firstName).toBe('Amina');
  });

  it('lists with filters, pagination and sorting, and archives', async () => {
    const names = ['Zanetti', 'Bianchi', 'Ferrari'];
    const ids: string[] = [];
    for (const lastName of names)
      ids.push(
        (await create(otherTutor, candidateBody({ lastName, taxCode: null, italianLevel: 'B2' })))
          .id,
      );
    const page = await http()
      .get('/api/candidates')
      .query({ assignedToMe: 'true', sort: '-lastName', pageSize: 2 })
      .set('Authorization', otherTutor.auth)
      .expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((c: { lastName: string }) => c.lastName)).toEqual([
      'Zanetti',
      'Ferrari',
    ]);
    const search = await http()
      .get('/api/candidates')
      .query({ q: 'bian', minItalianLevel: 'B1' })
      .set('Authorization', coordinator.auth)
      .expect(200);
    expect(search.body.items.map((c: { id: string }) => c.id)).toEqual([ids[1]]);

    await http()
      .post(`/api/candidates/${ids[0]}/archive`)
      .set('Authorization', otherTutor.auth)
      .expect(200);
    const after = await http()
      .get('/api/candidates')
      .query({ assignedToMe: 'true' })
      .set('Authorization', otherTutor.auth)
      .expect(200);
    expect(after.body.total).toBe(2);
    const archived = await http()
      .get('/api/candidates')
      .query({ archived: 'true', assignedToMe: 'true' })
      .set('Authorization', otherTutor.auth)
      .expect(200);
    expect(archived.body.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
  });

  it('rejects bad query parameters with 400', async () => {
    expectProblem(
      await http()
        .get('/api/candidates')
        .query({ pageSize: 1000 })
        .set('Authorization', tutor.auth),
      400,
    );
    expectProblem(
      await http()
        .get('/api/candidates')
        .query({ sort: 'password' })
        .set('Authorization', tutor.auth),
      400,
    );
    expectProblem(
      await http()
        .get('/api/candidates')
        .query({ targetGroup: 'DISABILITY_L68' })
        .set('Authorization', tutor.auth),
      400,
    );
    expectProblem(
      await http().get('/api/candidates/not-a-uuid').set('Authorization', tutor.auth),
      400,
    );
  });
});
