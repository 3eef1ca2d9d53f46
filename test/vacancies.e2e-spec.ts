import {
  createOrganisation,
  createSession,
  expectProblem,
  MELZO,
  MILANO,
  tableCounts,
  type TestSession,
  testVatNumber,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { DateTime } from 'luxon';
import request from 'supertest';

interface CompanyRef {
  id: string;
  sites: Array<{ id: string; municipalityCode: string; lat: number; lng: number }>;
}

describe('vacancies (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  let consultant: TestSession;
  let tutor: TestSession;
  let other: TestSession;
  let shop: CompanyRef;
  let factory: CompanyRef;
  let foreign: CompanyRef;
  let companies = 0;
  const http = () => request(api.app.getHttpServer());

  async function createCompany(
    session: TestSession,
    body: Record<string, unknown> = {},
  ): Promise<CompanyRef> {
    companies += 1;
    const response = await http()
      .post('/api/companies')
      .set('Authorization', session.auth)
      .send({
        name: `Azienda ${companies}`,
        vatNumber: testVatNumber(companies),
        sites: [{ address: 'Via Padova 36', municipalityCode: MILANO, legalSeat: true }],
        ...body,
      })
      .expect(201);
    return response.body;
  }

  const vacancy = (overrides: Record<string, unknown> = {}) => ({
    companyId: shop.id,
    siteId: shop.sites[0].id,
    title: 'Addetta alle pulizie uffici',
    occupationCode: '8.1.4.3.0',
    minItalianLevel: 'A1',
    contractType: 'A.02.00',
    source: 'SCOUTING',
    shifts: [{ day: 1, start: '06:00', end: '09:00' }],
    ...overrides,
  });
  const post = (body: object, session = consultant) =>
    http().post('/api/vacancies').set('Authorization', session.auth).send(body);

  beforeAll(async () => {
    api = await startTestApi('vacancies');
    admin = await createOrganisation(api.app, 'Consorzio A');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    other = await createOrganisation(api.app, 'Cooperativa B');
    // Sites come back legal seat first: sites[0] is in Milano, sites[1] in Melzo.
    shop = await createCompany(consultant, {
      kmZero: true,
      sites: [
        { address: 'Via Padova 36', municipalityCode: MILANO, legalSeat: true },
        { address: 'Via Roma 1', municipalityCode: MELZO },
      ],
    });
    factory = await createCompany(consultant);
    foreign = await createCompany(other);
  });
  afterAll(() => api?.close());

  it('answers 401 without a token', async () => {
    expectProblem(await http().get('/api/vacancies'), 401, 'UNAUTHENTICATED');
    expectProblem(await http().post('/api/vacancies').send({}), 401, 'UNAUTHENTICATED');
    expectProblem(await http().get('/api/taxonomy/occupations?q=badante'), 401);
  });

  it("creates a vacancy at the site's place, km zero like its company, published today", async () => {
    const response = await post(vacancy());
    expect(response.status).toBe(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        companyId: shop.id,
        siteId: shop.sites[0].id,
        status: 'OPEN',
        kmZero: true,
        publishedAt: DateTime.now().setZone('Europe/Rome').toISODate(),
        occupationLabel: 'Addetto alle pulizie',
        contractLabel: 'Tempo determinato',
        positions: 1,
        version: 1,
      }),
    );
    expect(response.body.place).toEqual({
      municipalityCode: MILANO,
      municipalityName: 'Milano',
      provinceCode: 'MI',
      lat: shop.sites[0].lat,
      lng: shop.sites[0].lng,
    });
  });

  it('looks free text up in the vocabulary and accepts internships, L. 68 reserves and night shifts', async () => {
    const response = await post(
      vacancy({
        title: 'Assistente familiare notturna',
        occupationCode: undefined,
        occupationText: 'Badante',
        requiredSkills: [{ text: 'attestato HACCP' }, { text: 'cucina vegetariana' }],
        contractType: 'C.01.00',
        reservedL68: 'DISABILITY',
        weeklyHours: 24.5,
        shifts: [
          { day: 1, start: '22:00', end: '24:00' },
          { day: 2, start: '00:00', end: '06:00' },
        ],
        expiresAt: '2099-12-31',
      }),
    ).expect(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        occupationCode: '5.5.2.3.0',
        occupationText: 'Badante',
        contractType: 'C.01.00',
        contractLabel: 'Tirocinio extracurricolare',
        reservedL68: 'DISABILITY',
        weeklyHours: 24.5,
      }),
    );
    expect(response.body.requiredSkills).toEqual([
      expect.objectContaining({ code: 'HACCP', text: 'attestato HACCP' }),
      { code: null, text: 'cucina vegetariana', label: 'cucina vegetariana' },
    ]);
    expect(response.body.shifts).toHaveLength(2);
  });

  describe('rejects invalid input with 400 and writes nothing', () => {
    const cases: Array<[string, () => object, string]> = [
      [
        'a shift window ending before it starts',
        () => vacancy({ shifts: [{ day: 3, start: '22:00', end: '06:00' }] }),
        'shifts[0].end',
      ],
      ['an unknown field', () => vacancy({ salary: 1200 }), 'salary'],
      ['a site of another company', () => vacancy({ siteId: factory.sites[0].id }), 'siteId'],
      [
        "another organisation's company",
        () => vacancy({ companyId: foreign.id, siteId: foreign.sites[0].id }),
        'companyId',
      ],
      [
        "a site of another organisation's company",
        () => vacancy({ siteId: foreign.sites[0].id }),
        'siteId',
      ],
      [
        'an expiry before publication',
        () => vacancy({ publishedAt: '2025-09-10', expiresAt: '2025-09-01' }),
        'expiresAt',
      ],
      [
        'an occupation code outside the vocabulary',
        () => vacancy({ occupationCode: '9.9.9.9.9' }),
        'occupationCode',
      ],
      ['no occupation at all', () => vacancy({ occupationCode: undefined }), 'occupationCode'],
      ['an unknown contract type', () => vacancy({ contractType: 'A.99.00' }), 'contractType'],
      ['a date with a time', () => vacancy({ publishedAt: '2025-09-01T10:00:00Z' }), 'publishedAt'],
      ['the archived status', () => vacancy({ status: 'ARCHIVED' }), 'status'],
      [
        'an unknown skill code',
        () => vacancy({ requiredSkills: [{ code: 'JUGGLING' }] }),
        'requiredSkills[0].code',
      ],
    ];
    it.each(cases)('%s', async (_label, body, field) => {
      const before = await tableCounts(api.db);
      const problem = expectProblem(await post(body()), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((error) => error.field)).toContain(field);
      expect(await tableCounts(api.db)).toEqual(before);
    });
  });

  it('lets tutors read but not write', async () => {
    const created = await post(vacancy()).expect(201);
    const url = `/api/vacancies/${created.body.id}`;
    expectProblem(await post(vacancy(), tutor), 403, 'FORBIDDEN');
    expectProblem(
      await http().patch(url).set('Authorization', tutor.auth).send({ title: 'X' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await http().post(`${url}/archive`).set('Authorization', tutor.auth), 403);
    await http().get(url).set('Authorization', tutor.auth).expect(200);
    await http().get('/api/vacancies').set('Authorization', tutor.auth).expect(200);
  });

  describe('update', () => {
    let url: string;
    beforeAll(async () => {
      const created = await post(vacancy({ title: 'Da modificare' })).expect(201);
      url = `/api/vacancies/${created.body.id}`;
    });
    const patch = (body: object) =>
      http().patch(url).set('Authorization', consultant.auth).send(body);

    it('changes the fields given, moves with its site, and bumps the version', async () => {
      const response = await patch({ title: 'Modificata', siteId: shop.sites[1].id, version: 1 });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(
        expect.objectContaining({ title: 'Modificata', version: 2, occupationCode: '8.1.4.3.0' }),
      );
      expect(response.body.place).toEqual(
        expect.objectContaining({ municipalityCode: MELZO, lat: 45.5, lng: 9.41667 }),
      );
      expectProblem(await patch({ title: 'Vecchia', version: 1 }), 409, 'STALE_VERSION');
    });

    it('follows the status machine', async () => {
      expect((await patch({ status: 'FILLED' }).expect(200)).body.status).toBe('FILLED');
      const problem = expectProblem(await patch({ status: 'DRAFT' }), 409, 'INVALID_STATUS_CHANGE');
      expect(problem.detail).toContain('Coperta');
      expect((await patch({ status: 'OPEN' }).expect(200)).body.status).toBe('OPEN');
      expectProblem(await patch({ status: 'ARCHIVED' }), 400, 'VALIDATION_FAILED');
    });

    it('refuses to change company, a bad shift or a site of another company, writing nothing', async () => {
      const before = await tableCounts(api.db);
      const current = await http().get(url).set('Authorization', admin.auth);
      for (const [body, field] of [
        [{ companyId: factory.id }, 'companyId'],
        [{ shifts: [{ day: 1, start: '18:00', end: '08:00' }] }, 'shifts[0].end'],
        [{ siteId: factory.sites[0].id }, 'siteId'],
        [{ title: null }, 'title'],
      ] as const) {
        const problem = expectProblem(await patch(body), 400, 'VALIDATION_FAILED');
        expect(problem.errors?.map((error) => error.field)).toContain(field);
      }
      expect(await tableCounts(api.db)).toEqual(before);
      expect((await http().get(url).set('Authorization', admin.auth)).body).toEqual(current.body);
    });

    it('keeps the company from removing the site it is at', async () => {
      const before = await tableCounts(api.db);
      expectProblem(
        await http()
          .patch(`/api/companies/${shop.id}`)
          .set('Authorization', consultant.auth)
          .send({
            sites: [{ id: shop.sites[0].id, address: 'Via Padova 36', municipalityCode: MILANO }],
          }),
        409,
        'SITE_IN_USE',
      );
      expect(await tableCounts(api.db)).toEqual(before);
    });

    it("follows its site when the company's site moves", async () => {
      const company = await http()
        .get(`/api/companies/${shop.id}`)
        .set('Authorization', admin.auth);
      await http()
        .patch(`/api/companies/${shop.id}`)
        .set('Authorization', consultant.auth)
        .send({
          sites: company.body.sites.map(
            (site: {
              id: string;
              address: string;
              municipalityCode: string;
              legalSeat: boolean;
            }) =>
              site.id === shop.sites[1].id
                ? {
                    id: site.id,
                    address: 'Via Dante 5',
                    municipalityCode: MELZO,
                    lat: 45.501,
                    lng: 9.42,
                  }
                : {
                    id: site.id,
                    address: site.address,
                    municipalityCode: site.municipalityCode,
                    legalSeat: site.legalSeat,
                  },
          ),
        })
        .expect(200);
      const moved = await http().get(url).set('Authorization', admin.auth).expect(200);
      expect(moved.body.place).toEqual(expect.objectContaining({ lat: 45.501, lng: 9.42 }));
    });
  });

  describe('list', () => {
    let list1: CompanyRef;
    let list2: CompanyRef;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      list1 = await createCompany(consultant, {
        kmZero: true,
        sites: [
          { address: 'Via A 1', municipalityCode: MILANO, legalSeat: true },
          { address: 'Via B 2', municipalityCode: MELZO },
        ],
      });
      list2 = await createCompany(consultant);
      const make = async (key: string, body: Record<string, unknown>) => {
        ids[key] = (await post(vacancy(body)).expect(201)).body.id;
      };
      await make('cleaning', {
        companyId: list1.id,
        siteId: list1.sites[0].id,
        title: 'Lista: addetta pulizie',
        publishedAt: '2025-03-01',
      });
      await make('kitchen', {
        companyId: list1.id,
        siteId: list1.sites[1].id,
        title: 'Lista: aiuto cuoco',
        occupationCode: '5.2.2.2.1',
        contractType: 'C.01.00',
        kmZero: false,
        reservedL68: 'DISABILITY',
        status: 'DRAFT',
        publishedAt: '2025-05-01',
      });
      await make('waiter', {
        companyId: list2.id,
        siteId: list2.sites[0].id,
        title: 'Lista: cameriere di sala',
        occupationCode: '5.2.2.3.2',
        contractType: 'A.01.00',
        reservedL68: 'ART18',
        publishedAt: '2025-06-01',
      });
      await post(
        vacancy({
          companyId: foreign.id,
          siteId: foreign.sites[0].id,
          title: 'Lista: offerta di B',
        }),
        other,
      ).expect(201);
    });

    const keys = async (query: Record<string, string | number | boolean>, session = admin) => {
      const response = await http()
        .get('/api/vacancies')
        .query({ q: 'lista:', ...query })
        .set('Authorization', session.auth)
        .expect(200);
      const byId = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
      return response.body.items.map(
        (item: { id: string; title: string }) => byId[item.id] ?? item.title,
      );
    };

    it('filters by status, contract type, km zero and Law 68 reserve', async () => {
      expect(await keys({ status: 'OPEN' })).toEqual(['waiter', 'cleaning']);
      expect(await keys({ status: 'OPEN,DRAFT' })).toEqual(['waiter', 'kitchen', 'cleaning']);
      expect(await keys({ contractType: 'C.01.00' })).toEqual(['kitchen']);
      expect(await keys({ kmZero: true })).toEqual(['cleaning']);
      expect(await keys({ reservedL68: 'DISABILITY' })).toEqual(['kitchen']);
      expect(await keys({ reservedL68: 'ANY' })).toEqual(['waiter', 'kitchen']);
      expect(await keys({ reservedL68: 'NONE' })).toEqual(['cleaning']);
    });

    it('filters by company, place, occupation (unit or group) and publication date', async () => {
      expect(await keys({ companyId: list2.id })).toEqual(['waiter']);
      expect(await keys({ municipalityCode: MELZO })).toEqual(['kitchen']);
      expect(await keys({ provinceCode: 'MI' })).toEqual(['waiter', 'kitchen', 'cleaning']);
      expect(await keys({ occupationCode: '5.2.2' })).toEqual(['waiter', 'kitchen']);
      expect(await keys({ occupationCode: '5.2.2.3.2' })).toEqual(['waiter']);
      expect(await keys({ publishedSince: '2025-05-01' })).toEqual(['waiter', 'kitchen']);
      expect(await keys({ q: 'lista: CAMERIERE' })).toEqual(['waiter']);
    });

    it('sorts and pages', async () => {
      expect(await keys({ sort: 'publishedAt' })).toEqual(['cleaning', 'kitchen', 'waiter']);
      expect(await keys({ sort: '-title' })).toEqual(['waiter', 'kitchen', 'cleaning']);
      const page = await http()
        .get('/api/vacancies')
        .query({ q: 'lista:', pageSize: 2, page: 2 })
        .set('Authorization', admin.auth)
        .expect(200);
      expect(page.body).toEqual(expect.objectContaining({ page: 2, pageSize: 2, total: 3 }));
      expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([ids.cleaning]);
    });

    it("never lists another organisation's vacancies", async () => {
      expect(await keys({})).not.toContain('Lista: offerta di B');
      expect(await keys({}, other)).toEqual(['Lista: offerta di B']);
    });
  });

  describe('organisation isolation and archive', () => {
    it("answers 404 to another organisation's vacancy, whatever the verb", async () => {
      const created = await post(vacancy()).expect(201);
      const url = `/api/vacancies/${created.body.id}`;
      const before = await tableCounts(api.db);
      expectProblem(
        await http().get(url).set('Authorization', other.auth),
        404,
        'VACANCY_NOT_FOUND',
      );
      expectProblem(
        await http().patch(url).set('Authorization', other.auth).send({ title: 'Presa' }),
        404,
      );
      expectProblem(await http().post(`${url}/archive`).set('Authorization', other.auth), 404);
      expect(await tableCounts(api.db)).toEqual(before);
    });

    it('archives: out of the default list, listed with archived=true, no longer editable', async () => {
      const created = await post(vacancy({ title: 'Archivio: da chiudere' })).expect(201);
      const url = `/api/vacancies/${created.body.id}`;
      const archived = await http()
        .post(`${url}/archive`)
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(archived.body).toEqual(
        expect.objectContaining({ status: 'ARCHIVED', archivedAt: expect.any(String) }),
      );
      const query = (archivedFlag: boolean) =>
        http()
          .get('/api/vacancies')
          .query({ q: 'Archivio:', archived: archivedFlag })
          .set('Authorization', admin.auth);
      expect((await query(false)).body.items).toEqual([]);
      expect((await query(true)).body.items.map((item: { id: string }) => item.id)).toEqual([
        created.body.id,
      ]);
      expectProblem(
        await http().patch(url).set('Authorization', consultant.auth).send({ title: 'Di nuovo' }),
        409,
        'VACANCY_ARCHIVED',
      );
    });

    it('keeps a company with open vacancies from being archived, and an archived company from new vacancies', async () => {
      const company = await createCompany(consultant);
      const open = await post(
        vacancy({ companyId: company.id, siteId: company.sites[0].id }),
      ).expect(201);
      const archive = () =>
        http().post(`/api/companies/${company.id}/archive`).set('Authorization', consultant.auth);
      expectProblem(await archive(), 409, 'COMPANY_HAS_OPEN_VACANCIES');
      await http()
        .post(`/api/vacancies/${open.body.id}/archive`)
        .set('Authorization', consultant.auth)
        .expect(200);
      await archive().expect(200);
      const before = await tableCounts(api.db);
      expectProblem(
        await post(vacancy({ companyId: company.id, siteId: company.sites[0].id })),
        409,
        'COMPANY_ARCHIVED',
      );
      expect(await tableCounts(api.db)).toEqual(before);
    });
  });

  describe('occupation vocabulary', () => {
    it('finds occupations by synonym for any signed-in role', async () => {
      const response = await http()
        .get('/api/taxonomy/occupations')
        .query({ q: 'badante' })
        .set('Authorization', tutor.auth)
        .expect(200);
      expect(response.body.items[0]).toEqual(
        expect.objectContaining({
          code: '5.5.2.3.0',
          label: 'Assistente familiare',
          system: 'ISTAT_CP2021',
          matchedTerm: 'badante',
        }),
      );
    });

    it('ignores accents and finds skills too', async () => {
      const cafe = await http()
        .get('/api/taxonomy/occupations')
        .query({ q: 'CAMERIÈRE' })
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(cafe.body.items.map((item: { code: string }) => item.code)).toContain('5.2.2.3.2');
      const skills = await http()
        .get('/api/taxonomy/skills')
        .query({ q: 'haccp' })
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(skills.body.items[0].code).toBe('HACCP');
    });

    it('finds an occupation only the official CP2021 list names, with or without accents', async () => {
      for (const q of ['addetti alla contabilità', 'Addetti alla contabilita']) {
        const response = await http()
          .get('/api/taxonomy/occupations')
          .query({ q })
          .set('Authorization', tutor.auth)
          .expect(200);
        expect(response.body.items[0]).toEqual(
          expect.objectContaining({
            code: '4.3.2.1.0',
            label: 'Addetti alla contabilità',
            system: 'ISTAT_CP2021',
          }),
        );
      }
    });

    it('validates its query', async () => {
      expectProblem(
        await http().get('/api/taxonomy/occupations?limit=500').set('Authorization', admin.auth),
        400,
        'VALIDATION_FAILED',
      );
    });
  });
});
