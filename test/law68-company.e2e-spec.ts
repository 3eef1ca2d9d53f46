import { PlacementsReader } from '#libs/pathway';
import { asOrganisationId } from '#libs/platform';
import {
  createOrganisation,
  createSession,
  expectProblem,
  tableCounts,
  type TestSession,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';
import { createCompany, createRegisteredCandidate, workforce } from './law68.fixtures.js';

describe('a company below quota, walked through by a consultant (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  let consultant: TestSession;
  let coordinator: TestSession;
  let tutor: TestSession;
  let stranger: TestSession;
  let companyId: string;
  let candidateId: string;
  const http = () => request(api.app.getHttpServer());
  const position = (session: TestSession = consultant, query = '') =>
    http().get(`/api/companies/${companyId}/law68${query}`).set('Authorization', session.auth);

  beforeAll(async () => {
    api = await startTestApi('law68-company');
    admin = await createOrganisation(api.app, 'Consorzio A');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    stranger = await createOrganisation(api.app, 'Cooperativa B');
    companyId = await createCompany(api.app, consultant, 1, { name: 'Pulizie Brambilla srl' });
    candidateId = await createRegisteredCandidate(api.app, coordinator);
  });
  afterAll(() => api?.close());

  it('has no position before the workforce is recorded', async () => {
    const response = await position().expect(200);
    expect(response.body).toEqual(
      expect.objectContaining({ position: null, declaration: null, history: [], stored: true }),
    );
  });

  it('records the workforce and sees 2 uncovered positions, with the working', async () => {
    const declared = await http()
      .post(`/api/companies/${companyId}/law68/declarations`)
      .set('Authorization', consultant.auth)
      .send(workforce())
      .expect(201);
    expect(declared.body).toEqual(
      expect.objectContaining({
        referenceDate: '2025-12-31',
        version: 1,
        band: 'A',
        b3: 60,
        q3: 4,
        coverage: 2,
        uncoveredDisabled: 2,
        uncoveredArt18: 0,
      }),
    );

    const response = await position().expect(200);
    expect(response.body.position).toEqual(
      expect.objectContaining({ b3: 60, q3: 4, q18: 1, coverage: 2, uncoveredDisabled: 2 }),
    );
    const steps = response.body.position.working.map((s: { step: string }) => s.step);
    expect(steps).toEqual(
      expect.arrayContaining(['sources.declaration', 'quota.band', 'coverage.total']),
    );
    expect(response.body.position.working[0].description).toMatch(/Organico dichiarato/);
    // Uncovered since 31/12/2025, day 1 of the 60 as ANPAL counts: the term ends on 28/2 and the
    // daily sanction runs from 1/3.
    expect(response.body.sanction).toEqual(
      expect.objectContaining({ since: '2026-03-01', sanctionablePositions: 2 }),
    );
    expect(response.body.sanction.accruedCents).toBeGreaterThan(0);
    expect(response.body.prospetto).toEqual(
      expect.objectContaining({
        dueDate: expect.stringMatching(/^\d{4}-01-31$/),
        referenceDate: expect.stringMatching(/^\d{4}-12-31$/),
        obliged: true,
      }),
    );
    expect(response.body.history).toEqual([
      expect.objectContaining({ version: 1, reason: 'DECLARATION', uncoveredDisabled: 2 }),
    ]);
  });

  it('records an art. 12-bis convention: 1 uncovered', async () => {
    const convention = await http()
      .post(`/api/companies/${companyId}/law68/conventions`)
      .set('Authorization', consultant.auth)
      .send({
        type: 'ART12BIS',
        cooperativeName: 'Cooperativa sociale Il Germoglio',
        positions: 1,
        startDate: '2026-03-02',
      })
      .expect(201);
    expect(convention.body).toEqual(
      expect.objectContaining({ type: 'ART12BIS', provinceCode: 'MI', active: true, version: 1 }),
    );
    const response = await position().expect(200);
    expect(response.body.position).toEqual(
      expect.objectContaining({ coverage: 3, uncoveredDisabled: 1 }),
    );
    expect(response.body.conventions).toHaveLength(1);
  });

  it('records a hire through the pathway API: the position is covered', async () => {
    await http()
      .post('/api/placements')
      .set('Authorization', coordinator.auth)
      .send({
        candidateId,
        companyId,
        contractType: 'A.01.00',
        startDate: '2026-04-01',
        countsTowardL68: true,
      })
      .expect(201);

    const response = await position().expect(200);
    expect(response.body.position).toEqual(
      expect.objectContaining({ q3: 4, coverage: 4, uncoveredDisabled: 0, uncoveredArt18: 0 }),
    );
    expect(response.body.placementsCounted).toBe(1);
    expect(
      await api.app
        .get(PlacementsReader)
        .countedTowardLaw68(asOrganisationId(admin.organisationId), companyId),
    ).toEqual([
      expect.objectContaining({
        l68Category: 'DISABILITY',
        weeklyHours: null,
        startDate: '2026-04-01',
        endDate: null,
      }),
    ]);
    expect(response.body.position.working).toContainEqual(
      expect.objectContaining({ step: 'sources.placement' }),
    );
    // 1 position uncovered from 2/3 (the 61st day, when the convention also started) to 31/3:
    // 22 working days at € 196,05. Nothing after the hire.
    expect(response.body.sanction).toEqual(
      expect.objectContaining({ since: null, sanctionablePositions: 0, accruedCents: 22 * 19605 }),
    );
  });

  it('keeps the history of every change, and computes other dates without storing them', async () => {
    const response = await position().expect(200);
    expect(
      response.body.history.map(
        (h: { version: number; reason: string; uncoveredDisabled: number }) => [
          h.version,
          h.reason,
          h.uncoveredDisabled,
        ],
      ),
    ).toEqual([
      [1, 'DECLARATION', 2],
      [2, 'CONVENTION', 1],
      [3, 'PLACEMENT', 0],
    ]);

    const before = await tableCounts(api.db);
    const past = await position(consultant, '?date=2026-03-15').expect(200);
    expect(past.body).toEqual(expect.objectContaining({ stored: false, asOf: '2026-03-15' }));
    expect(past.body.position.uncoveredDisabled).toBe(1);
    expect(await tableCounts(api.db)).toEqual(before);
  });

  it('keeps the declared position at its reference date, and versions a new declaration', async () => {
    const list = await http()
      .get(`/api/companies/${companyId}/law68/declarations`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(list.body).toEqual([expect.objectContaining({ version: 1, uncoveredDisabled: 2 })]);

    await http()
      .post(`/api/companies/${companyId}/law68/declarations`)
      .set('Authorization', consultant.auth)
      .send(workforce({}, { totalEmployees: 75 }))
      .expect(201);
    const response = await position().expect(200);
    expect(response.body.declaration).toEqual(expect.objectContaining({ version: 2 }));
    expect(response.body.history.at(-1)).toEqual(
      expect.objectContaining({ version: 4, reason: 'DECLARATION', declarationVersion: 2 }),
    );
    expect(response.body.declarations).toHaveLength(1);
  });

  it('ends a convention: the position follows', async () => {
    const [convention] = (
      await http()
        .get(`/api/companies/${companyId}/law68/conventions`)
        .set('Authorization', consultant.auth)
        .expect(200)
    ).body;
    const before = (await position().expect(200)).body.position.uncoveredDisabled;
    const ended = await http()
      .patch(`/api/companies/${companyId}/law68/conventions/${convention.id}`)
      .set('Authorization', consultant.auth)
      .send({ endDate: '2026-04-30', version: convention.version })
      .expect(200);
    expect(ended.body).toEqual(expect.objectContaining({ active: false, version: 2 }));
    const after = (await position().expect(200)).body;
    expect(after.position.uncoveredDisabled).toBe(before + 1);
    expect(after.history.at(-1)).toEqual(expect.objectContaining({ reason: 'CONVENTION' }));
    expectProblem(
      await http()
        .patch(`/api/companies/${companyId}/law68/conventions/${convention.id}`)
        .set('Authorization', consultant.auth)
        .send({ notes: 'vecchia versione', version: 1 }),
      409,
      'STALE_VERSION',
    );
  });

  describe('access', () => {
    it('answers 401 without a token', async () => {
      expectProblem(await http().get(`/api/companies/${companyId}/law68`), 401, 'UNAUTHENTICATED');
    });

    it('lets tutors read but not record (403)', async () => {
      await position(tutor).expect(200);
      expectProblem(
        await http()
          .post(`/api/companies/${companyId}/law68/declarations`)
          .set('Authorization', tutor.auth)
          .send(workforce()),
        403,
        'FORBIDDEN',
      );
    });

    it('hides the company from another organisation (404) and writes nothing', async () => {
      const before = await tableCounts(api.db);
      expectProblem(await position(stranger), 404, 'COMPANY_NOT_FOUND');
      expectProblem(
        await http()
          .post(`/api/companies/${companyId}/law68/declarations`)
          .set('Authorization', stranger.auth)
          .send(workforce()),
        404,
        'COMPANY_NOT_FOUND',
      );
      expectProblem(
        await http()
          .post(`/api/companies/${companyId}/law68/conventions`)
          .set('Authorization', stranger.auth)
          .send({ type: 'ART11', positions: 1, startDate: '2026-03-02', provinceCode: 'MI' }),
        404,
        'COMPANY_NOT_FOUND',
      );
      expect(await tableCounts(api.db)).toEqual(before);
    });
  });
});
