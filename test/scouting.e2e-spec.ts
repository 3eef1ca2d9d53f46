import {
  createOrganisation,
  createSession,
  expectProblem,
  tableCounts,
  type TestSession,
  vacancyBody,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';
import { BERGAMO, createCompany, MILANO } from './law68.fixtures.js';

describe('scouting: pipeline, activities, next actions, km-zero map (e2e)', () => {
  let api: TestApi;
  let consultant: TestSession;
  let colleague: TestSession;
  let coordinator: TestSession;
  let tutor: TestSession;
  let stranger: TestSession;
  let companyId: string;
  const http = () => request(api.app.getHttpServer());
  const activity = (body: object, session: TestSession = consultant) =>
    http().post('/api/scouting/activities').set('Authorization', session.auth).send(body);
  const scouting = (session: TestSession = consultant) =>
    http().get(`/api/scouting/companies/${companyId}`).set('Authorization', session.auth);

  beforeAll(async () => {
    api = await startTestApi('scouting');
    const admin = await createOrganisation(api.app, 'Consorzio A');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    colleague = await createSession(api.app, admin.organisationId, 'consultant');
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    stranger = await createOrganisation(api.app, 'Cooperativa B');
    companyId = await createCompany(api.app, consultant, 1, { name: 'Panificio Rossi' });
    await createCompany(api.app, consultant, 2, { name: 'Ferramenta Bianchi' });
  });
  afterAll(() => api?.close());

  it('starts with every company to contact', async () => {
    const board = await http()
      .get('/api/scouting/pipeline')
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(board.body.stages[0]).toEqual({
      stage: 'TO_CONTACT',
      label: 'Da contattare',
      companies: 2,
    });
    expect(board.body.companies.total).toBe(2);
    expect((await scouting().expect(200)).body).toEqual(
      expect.objectContaining({ stage: 'TO_CONTACT', stageHistory: [], activities: [] }),
    );
  });

  it('moves a company to contacted with its first call, and to consultancy with a consultancy', async () => {
    await activity({
      companyId,
      kind: 'CALL',
      topic: 'L68_RULES',
      occurredOn: '2026-05-04',
    }).expect(201);
    let record = (await scouting().expect(200)).body;
    expect(record).toEqual(
      expect.objectContaining({ stage: 'CONTACTED', consultantId: consultant.userId }),
    );
    const consultancy = await activity({
      companyId,
      kind: 'CONSULTANCY',
      topic: 'TOOLS',
      occurredOn: '2026-05-12',
      notes: 'Spiegati convenzione art. 14 e incentivi INPS',
      nextAction: 'Inviare la bozza di convenzione',
      nextActionDue: '2026-05-20',
    }).expect(201);
    expect(consultancy.body).toEqual(
      expect.objectContaining({ kindLabel: 'Consulenza su misura', nextActionDoneAt: null }),
    );
    record = (await scouting().expect(200)).body;
    expect(record.stage).toBe('CONSULTANCY');
    expect(record.stageHistory.map((c: { toStage: string }) => c.toStage)).toEqual([
      'CONTACTED',
      'CONSULTANCY',
    ]);
    expect(record.activities.map((a: { kind: string }) => a.kind)).toEqual(['CONSULTANCY', 'CALL']);
  });

  it('lists each consultant’s open next actions, soonest first, and marks them done', async () => {
    const mine = await http()
      .get('/api/scouting/next-actions')
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        companyName: 'Panificio Rossi',
        nextAction: 'Inviare la bozza di convenzione',
        due: '2026-05-20',
        overdue: true,
      }),
    ]);
    const theirs = await http()
      .get('/api/scouting/next-actions')
      .set('Authorization', colleague.auth)
      .expect(200);
    expect(theirs.body.items).toEqual([]);
    await http()
      .post(`/api/scouting/activities/${mine.body.items[0].activityId}/next-action/done`)
      .set('Authorization', consultant.auth)
      .expect(200);
    const after = await http()
      .get(`/api/scouting/next-actions?consultantId=${consultant.userId}`)
      .set('Authorization', coordinator.auth)
      .expect(200);
    expect(after.body.items).toEqual([]);
  });

  it('moves through the pipeline by hand, reassigns, and keeps the history', async () => {
    for (const stage of ['AGREEMENT', 'HIRING', 'OBLIGATION_MET']) {
      await http()
        .put(`/api/scouting/companies/${companyId}/stage`)
        .set('Authorization', consultant.auth)
        .send({ stage, note: `Passaggio a ${stage}`, consultantId: colleague.userId })
        .expect(200);
    }
    const record = (await scouting().expect(200)).body;
    expect(record).toEqual(
      expect.objectContaining({
        stage: 'OBLIGATION_MET',
        stageLabel: 'Obbligo assolto',
        consultantId: colleague.userId,
      }),
    );
    expect(record.stageHistory.at(-1)).toEqual(
      expect.objectContaining({
        fromStage: 'HIRING',
        toStage: 'OBLIGATION_MET',
        changedBy: consultant.userId,
      }),
    );
    // A later call does not move the company back.
    await activity({ companyId, kind: 'CALL', topic: 'OTHER', occurredOn: '2026-06-01' }).expect(
      201,
    );
    expect((await scouting().expect(200)).body.stage).toBe('OBLIGATION_MET');
    const board = await http()
      .get(`/api/scouting/pipeline?stage=OBLIGATION_MET&consultantId=${colleague.userId}`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(board.body.companies.items.map((c: { name: string }) => c.name)).toEqual([
      'Panificio Rossi',
    ]);
    expect(
      board.body.stages.find((s: { stage: string }) => s.stage === 'OBLIGATION_MET').companies,
    ).toBe(1);
  });

  it('lists activities with filters', async () => {
    const list = await http()
      .get(`/api/scouting/activities?companyId=${companyId}&from=2026-05-10`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(list.body.items.map((a: { occurredOn: string }) => a.occurredOn)).toEqual([
      '2026-06-01',
      '2026-05-12',
    ]);
  });

  describe('rejects bad input with 400 naming the field, and stores nothing', () => {
    const cases: Array<[string, () => object, string]> = [
      [
        'a next action without a due date',
        () => ({
          companyId,
          kind: 'CALL',
          topic: 'OTHER',
          occurredOn: '2026-05-04',
          nextAction: 'Richiamare',
        }),
        'nextActionDue',
      ],
      [
        'a due date before the activity',
        () => ({
          companyId,
          kind: 'CALL',
          topic: 'OTHER',
          occurredOn: '2026-05-04',
          nextAction: 'Richiamare',
          nextActionDue: '2026-05-01',
        }),
        'nextActionDue',
      ],
      [
        'an activity in the future',
        () => ({ companyId, kind: 'VISIT', topic: 'OTHER', occurredOn: '2099-01-01' }),
        'occurredOn',
      ],
      [
        'an unknown kind',
        () => ({ companyId, kind: 'FAX', topic: 'OTHER', occurredOn: '2026-05-04' }),
        'kind',
      ],
      [
        'a tutor as the consultant',
        () => ({
          companyId,
          kind: 'CALL',
          topic: 'OTHER',
          occurredOn: '2026-05-04',
          consultantId: tutor.userId,
        }),
        'consultantId',
      ],
    ];
    it.each(cases)('%s', async (_label, body, field) => {
      const before = await tableCounts(api.db);
      const problem = expectProblem(await activity(body()), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((e) => e.field)).toContain(field);
      expect(await tableCounts(api.db)).toEqual(before);
    });

    it('an unknown stage', async () => {
      const problem = expectProblem(
        await http()
          .put(`/api/scouting/companies/${companyId}/stage`)
          .set('Authorization', consultant.auth)
          .send({ stage: 'WON' }),
        400,
      );
      expect(problem.errors?.map((e) => e.field)).toEqual(['stage']);
    });
  });

  describe('km-zero map', () => {
    beforeAll(async () => {
      await createCompany(api.app, consultant, 10, {
        name: 'Bar Sport via Padova',
        atecoCode: '56.30.00',
        kmZero: true,
        municipalityCode: MILANO,
        lat: 45.4973,
        lng: 9.2237,
      });
      await createCompany(api.app, consultant, 11, {
        name: 'Fiorista di Città Studi',
        kmZero: true,
        municipalityCode: MILANO,
        lat: 45.4781,
        lng: 9.2275,
      });
      await createCompany(api.app, consultant, 12, {
        name: 'Bottega di Bergamo',
        kmZero: true,
        municipalityCode: BERGAMO,
      });
    });

    it('lists neighbourhood businesses near a point, nearest first', async () => {
      const response = await http()
        .get('/api/scouting/km-zero?lat=45.4960&lng=9.2220&radiusKm=3')
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(response.body.items.map((b: { name: string }) => b.name)).toEqual([
        'Bar Sport via Padova',
        'Fiorista di Città Studi',
      ]);
      expect(response.body.items[0]).toEqual(
        expect.objectContaining({
          distanceKm: expect.any(Number),
          stage: 'TO_CONTACT',
          site: expect.objectContaining({ municipalityName: 'Milano' }),
        }),
      );
      expect(response.body.items[0].distanceKm).toBeLessThan(0.5);
    });

    it('counts only the open km-zero vacancies, not those past their expiry date', async () => {
      const bar = await createCompany(api.app, consultant, 13, {
        name: 'Bar Tabacchi via Padova',
        kmZero: true,
        municipalityCode: MILANO,
        lat: 45.47,
        lng: 9.19,
      });
      const company = (
        await http().get(`/api/companies/${bar}`).set('Authorization', consultant.auth).expect(200)
      ).body;
      const vacancy = (overrides: Record<string, unknown>) =>
        http()
          .post('/api/vacancies')
          .set('Authorization', consultant.auth)
          .send(vacancyBody({ id: bar, siteId: company.sites[0].id }, overrides))
          .expect(201);
      await vacancy({ title: 'Barista mattina' });
      await vacancy({
        title: 'Barista estate',
        publishedAt: '2026-01-05',
        expiresAt: '2026-01-31',
      });
      const response = await http()
        .get('/api/scouting/km-zero?lat=45.47&lng=9.19&radiusKm=0.2')
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({ name: 'Bar Tabacchi via Padova', openKmZeroVacancies: 1 }),
      ]);
    });

    it('lists them around a municipality, and refuses a request without a centre', async () => {
      const response = await http()
        .get(`/api/scouting/km-zero?municipality=${BERGAMO}`)
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(response.body.items.map((b: { name: string }) => b.name)).toEqual([
        'Bottega di Bergamo',
      ]);
      expect(response.body.centre.name).toBe('Bergamo');
      const problem = expectProblem(
        await http().get('/api/scouting/km-zero').set('Authorization', consultant.auth),
        400,
      );
      expect(problem.errors?.map((e) => e.field)).toEqual(['lat']);
    });
  });

  describe('access', () => {
    it('is for consultants, coordinators and admins', async () => {
      expectProblem(await http().get('/api/scouting/pipeline'), 401, 'UNAUTHENTICATED');
      expectProblem(
        await http().get('/api/scouting/pipeline').set('Authorization', tutor.auth),
        403,
        'FORBIDDEN',
      );
      await http().get('/api/scouting/pipeline').set('Authorization', coordinator.auth).expect(200);
    });

    it('hides a company of another organisation (404) and writes nothing', async () => {
      const before = await tableCounts(api.db);
      expectProblem(await scouting(stranger), 404, 'COMPANY_NOT_FOUND');
      expectProblem(
        await activity(
          { companyId, kind: 'CALL', topic: 'OTHER', occurredOn: '2026-05-04' },
          stranger,
        ),
        404,
        'COMPANY_NOT_FOUND',
      );
      expectProblem(
        await http()
          .put(`/api/scouting/companies/${companyId}/stage`)
          .set('Authorization', stranger.auth)
          .send({ stage: 'CONTACTED' }),
        404,
        'COMPANY_NOT_FOUND',
      );
      const list = await http()
        .get('/api/scouting/activities')
        .set('Authorization', stranger.auth)
        .expect(200);
      expect(list.body.total).toBe(0);
      expect(await tableCounts(api.db)).toEqual(before);
    });
  });
});
