import {
  createOrganisation,
  createSession,
  expectProblem,
  tableCounts,
  type TestSession,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';
import { createCompany, workforce } from './law68.fixtures.js';

describe('Law 68 calculator and bad input (e2e)', () => {
  let api: TestApi;
  let consultant: TestSession;
  let tutor: TestSession;
  let companyId: string;
  const http = () => request(api.app.getHttpServer());
  const quota = (body: object, session: TestSession = consultant) =>
    http().post('/api/law68/quota').set('Authorization', session.auth).send(body);
  const declare = (body: object) =>
    http()
      .post(`/api/companies/${companyId}/law68/declarations`)
      .set('Authorization', consultant.auth)
      .send(body);

  beforeAll(async () => {
    api = await startTestApi('law68-quota');
    const admin = await createOrganisation(api.app, 'Consorzio A');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    companyId = await createCompany(api.app, consultant, 1);
  });
  afterAll(() => api?.close());

  describe('POST /api/law68/quota', () => {
    it('computes a position with its working and stores nothing', async () => {
      const before = await tableCounts(api.db);
      const response = await quota(workforce()).expect(200);
      expect(response.body.position).toEqual(
        expect.objectContaining({
          band: 'A',
          b3: 60,
          q3: 4,
          q18: 1,
          coverage: 2,
          uncoveredDisabled: 2,
        }),
      );
      expect(response.body.position.working.length).toBeGreaterThan(3);
      expect(response.body.position.working[0]).toEqual(
        expect.objectContaining({
          step: 'reference',
          article: expect.any(String),
          value: '31/12/2025',
        }),
      );
      expect(response.body.amounts).toBeNull();
      expect(await tableCounts(api.db)).toEqual(before);
    });

    it('follows the law at the boundary: 7% of 150 is 10,50, which rounds down to 10', async () => {
      const response = await quota(
        workforce({}, { totalEmployees: 150, disabledEmployees: [], art18Employees: 0 }),
      ).expect(200);
      expect(response.body.position).toEqual(expect.objectContaining({ b3: 150, q3: 10 }));
    });

    it('takes policies and prices the days asked for, for tutors too', async () => {
      const response = await quota(
        {
          ...workforce(),
          policies: { disabledPartTimeUpToHalf: 'HALF_UNIT' },
          amounts: { date: '2026-06-30', uncoveredWorkingDays: 10 },
        },
        tutor,
      ).expect(200);
      expect(response.body.position.policies.disabledPartTimeUpToHalf).toBe('HALF_UNIT');
      expect(response.body.amounts).toEqual(
        expect.objectContaining({ uncoveredSanctionCents: 2 * 10 * 19605 }),
      );
    });

    it('answers 401 without a token', async () => {
      expectProblem(
        await http().post('/api/law68/quota').send(workforce()),
        401,
        'UNAUTHENTICATED',
      );
    });
  });

  /** Item 5 of the issue: each bad input is a 400 naming the field, and nothing is stored. */
  const badInputs: Array<[string, object, string]> = [
    ['a negative headcount', workforce({}, { totalEmployees: -1 }), 'provinces[0].totalEmployees'],
    [
      'part-time hours above full time',
      workforce({}, { partTimers: [{ count: 2, weeklyHours: 45, fullTimeHours: 40 }] }),
      'provinces[0].partTimers[0].weeklyHours',
    ],
    [
      'a percentage above 100',
      workforce({}, { disabledEmployees: [{ count: 2, disabilityPercent: 120 }] }),
      'provinces[0].disabledEmployees[0].disabilityPercent',
    ],
    [
      'an exemption above the legal maximum',
      workforce(
        {},
        { authorisedExemption: { percent: 70, sector: 'ORDINARY', from: '2025-01-01' } },
      ),
      'provinces[0].authorisedExemption.percent',
    ],
    [
      'dates out of order',
      workforce(
        {},
        {
          suspensions: [
            { cause: 'CIGS', suspendedWorkers: 2, from: '2025-06-30', to: '2025-01-31' },
          ],
        },
      ),
      'provinces[0].suspensions[0].to',
    ],
    [
      'a number sent as text',
      workforce({}, { totalEmployees: '63' }),
      'provinces[0].totalEmployees',
    ],
    ['an unknown field', workforce({}, { foo: 1 }), 'provinces[0].foo'],
    [
      'an unknown policy',
      { ...workforce(), policies: { suspension: 'NEVER' } },
      'policies.suspension',
    ],
    ['a malformed date', workforce({ referenceDate: '31/12/2025' }), 'referenceDate'],
  ];

  describe.each([
    ['the calculator', (body: object) => quota(body)],
    ['a declaration', (body: object) => declare(body)],
  ])('400 from %s', (_label, send) => {
    it.each(badInputs)('%s', async (_case, body, field) => {
      const before = await tableCounts(api.db);
      const problem = expectProblem(await send(body), 400, 'VALIDATION_FAILED');
      expect(problem.errors).toContainEqual({ field, message: expect.any(String) });
      expect(await tableCounts(api.db)).toEqual(before);
    });
  });

  it('names every wrong field at once, in Italian', async () => {
    const problem = expectProblem(
      await quota(
        workforce(
          {},
          { totalEmployees: -1, partTimers: [{ count: 1, weeklyHours: 45, fullTimeHours: 40 }] },
        ),
      ),
      400,
    );
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'provinces[0].totalEmployees', message: 'non può essere negativo (-1)' },
        {
          field: 'provinces[0].partTimers[0].weeklyHours',
          message: "l'orario (45) supera il tempo pieno (40)",
        },
      ]),
    );
  });

  describe('rules of stored records', () => {
    const cases: Array<[string, () => request.Test, string]> = [
      [
        'conventions inside a declared workforce',
        () =>
          declare(
            workforce({}, { conventions: [{ type: 'ART_12_BIS', count: 1, from: '2025-01-01' }] }),
          ),
        'provinces[0].conventions',
      ],
      [
        'a declaration in the future',
        () => declare(workforce({ referenceDate: '2099-12-31' })),
        'referenceDate',
      ],
      [
        'a convention ending before it starts',
        () =>
          http()
            .post(`/api/companies/${companyId}/law68/conventions`)
            .set('Authorization', consultant.auth)
            .send({
              type: 'ART12BIS',
              cooperativeName: 'Cooperativa Sole',
              positions: 1,
              startDate: '2026-03-01',
              endDate: '2026-01-31',
            }),
        'endDate',
      ],
      [
        'an art. 14 convention without the framework maximum',
        () =>
          http()
            .post(`/api/companies/${companyId}/law68/conventions`)
            .set('Authorization', consultant.auth)
            .send({
              type: 'ART14',
              cooperativeName: 'Cooperativa Sole',
              positions: 1,
              startDate: '2026-03-01',
            }),
        'frameworkMaxPositions',
      ],
      [
        'an art. 12-bis convention without the cooperative',
        () =>
          http()
            .post(`/api/companies/${companyId}/law68/conventions`)
            .set('Authorization', consultant.auth)
            .send({ type: 'ART12BIS', positions: 1, startDate: '2026-03-01' }),
        'cooperativeName',
      ],
      [
        'a convention with a negative number of positions',
        () =>
          http()
            .post(`/api/companies/${companyId}/law68/conventions`)
            .set('Authorization', consultant.auth)
            .send({ type: 'ART11', positions: -2, startDate: '2026-03-01' }),
        'positions',
      ],
    ];
    it.each(cases)('%s', async (_label, send, field) => {
      const before = await tableCounts(api.db);
      const problem = expectProblem(await send(), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((error) => error.field)).toContain(field);
      expect(await tableCounts(api.db)).toEqual(before);
    });
  });
});
