import {
  BERGAMO,
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
import request from 'supertest';

const site = (overrides: Record<string, unknown> = {}) => ({
  address: 'Via Padova 36',
  municipalityCode: MILANO,
  ...overrides,
});

const company = (n: number, overrides: Record<string, unknown> = {}) => ({
  name: `Azienda ${n}`,
  vatNumber: testVatNumber(n),
  sites: [site({ legalSeat: true })],
  ...overrides,
});

describe('companies (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  let consultant: TestSession;
  let tutor: TestSession;
  let other: TestSession;
  const http = () => request(api.app.getHttpServer());
  const post = (session: TestSession, body: object) =>
    http().post('/api/companies').set('Authorization', session.auth).send(body);

  beforeAll(async () => {
    api = await startTestApi('companies');
    admin = await createOrganisation(api.app, 'Consorzio A');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    other = await createOrganisation(api.app, 'Cooperativa B');
  });
  afterAll(() => api?.close());

  it('answers 401 without a token', async () => {
    expectProblem(await http().get('/api/companies'), 401, 'UNAUTHENTICATED');
    expectProblem(await http().post('/api/companies').send(company(1)), 401, 'UNAUTHENTICATED');
  });

  it('creates a company, putting a site without coordinates at its municipality centre', async () => {
    const response = await post(consultant, {
      ...company(2, { name: '  Panificio Rossi snc ' }),
      vatNumber: `IT ${testVatNumber(2)}`,
      atecoCode: '10.71.10',
      headcount: 18,
      kmZero: true,
      contacts: [{ name: 'Giulia Rossi', role: 'Titolare', phone: '+39 02 1234567' }],
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        name: 'Panificio Rossi snc',
        vatNumber: testVatNumber(2),
        atecoCode: '10.71.10',
        legalProvinceCode: 'MI',
        headcount: 18,
        kmZero: true,
        archivedAt: null,
        version: 1,
      }),
    );
    expect(response.body.sites).toEqual([
      expect.objectContaining({
        name: 'Sede legale',
        municipalityCode: MILANO,
        municipalityName: 'Milano',
        lat: 45.4669,
        lng: 9.19,
        legalSeat: true,
      }),
    ]);
    const fetched = await http()
      .get(`/api/companies/${response.body.id}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(fetched.body.contacts).toEqual([
      { name: 'Giulia Rossi', role: 'Titolare', phone: '+39 02 1234567' },
    ]);
  });

  describe('rejects invalid input with 400 and writes nothing', () => {
    const cases: Array<[string, object, string]> = [
      ['a malformed VAT number', company(3, { vatNumber: '12345678904' }), 'vatNumber'],
      ['latitude 200', company(3, { sites: [site({ lat: 200, lng: 9.19 })] }), 'sites[0].lat'],
      ['an unknown field', company(3, { isPartner: true }), 'isPartner'],
      [
        'a municipality that does not exist',
        company(3, { sites: [site({ municipalityCode: '999999' })] }),
        'sites[0].municipalityCode',
      ],
      ['no site', company(3, { sites: [] }), 'sites'],
      ['a malformed ATECO code', company(3, { atecoCode: '56.1.1' }), 'atecoCode'],
      [
        'two legal seats',
        company(3, { sites: [site({ legalSeat: true }), site({ legalSeat: true })] }),
        'sites[1].legalSeat',
      ],
      [
        'coordinates far from the municipality (Brescia for Milano)',
        company(3, { sites: [site({ lat: 45.5389, lng: 10.2203 })] }),
        'sites[0].lat',
      ],
      [
        'a latitude without longitude',
        company(3, { sites: [site({ lat: 45.46 })] }),
        'sites[0].lng',
      ],
    ];
    it.each(cases)('%s', async (_label, body, field) => {
      const before = await tableCounts(api.db);
      const problem = expectProblem(await post(consultant, body), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((error) => error.field)).toContain(field);
      expect(await tableCounts(api.db)).toEqual(before);
    });

    it('names unknown fields in Italian', async () => {
      const problem = expectProblem(await post(consultant, company(3, { isPartner: true })), 400);
      expect(problem.errors).toContainEqual({ field: 'isPartner', message: 'campo non previsto' });
    });
  });

  it('refuses a second company with the same VAT number in the organisation, not in another', async () => {
    await post(consultant, company(4)).expect(201);
    const before = await tableCounts(api.db);
    expectProblem(await post(admin, company(4, { name: 'Altro nome' })), 409, 'VAT_NUMBER_TAKEN');
    expect(await tableCounts(api.db)).toEqual(before);
    await post(other, company(4)).expect(201);
  });

  it('lets tutors read but not write', async () => {
    const created = await post(consultant, company(5)).expect(201);
    expectProblem(await post(tutor, company(6)), 403, 'FORBIDDEN');
    expectProblem(
      await http()
        .patch(`/api/companies/${created.body.id}`)
        .set('Authorization', tutor.auth)
        .send({ name: 'X' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await http()
        .post(`/api/companies/${created.body.id}/archive`)
        .set('Authorization', tutor.auth),
      403,
      'FORBIDDEN',
    );
    await http().get('/api/companies').set('Authorization', tutor.auth).expect(200);
  });

  describe('update', () => {
    let id: string;
    let sites: Array<{ id: string; name: string }>;

    beforeAll(async () => {
      const created = await post(consultant, {
        ...company(7),
        sites: [
          site({ name: 'Sede', legalSeat: true, lat: 45.4711, lng: 9.2101 }),
          site({ name: 'Magazzino', address: 'Via Mecenate 1' }),
        ],
      }).expect(201);
      id = created.body.id;
      sites = created.body.sites;
    });

    const patch = (body: object, session = consultant) =>
      http().patch(`/api/companies/${id}`).set('Authorization', session.auth).send(body);

    it('changes only the fields given and bumps the version', async () => {
      const response = await patch({
        name: 'Azienda Sette srl',
        kmZero: true,
        vatNumber: `IT ${testVatNumber(7)}`,
        version: 1,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(
        expect.objectContaining({ name: 'Azienda Sette srl', kmZero: true, version: 2 }),
      );
      expect(response.body.vatNumber).toBe(testVatNumber(7));
      expect(response.body.sites).toHaveLength(2);
    });

    it('answers 409 to a stale version and changes nothing', async () => {
      expectProblem(await patch({ name: 'Vecchia', version: 1 }), 409, 'STALE_VERSION');
      const current = await http().get(`/api/companies/${id}`).set('Authorization', admin.auth);
      expect(current.body.name).toBe('Azienda Sette srl');
    });

    it('rejects null for a required field', async () => {
      const problem = expectProblem(await patch({ name: null }), 400);
      expect(problem.errors?.map((error) => error.field)).toContain('name');
    });

    it('edits, adds and removes sites; an edited site keeps its coordinates in the same town', async () => {
      const [seat, warehouse] = [
        sites.find((s) => s.name === 'Sede')!,
        sites.find((s) => s.name === 'Magazzino')!,
      ];
      const response = await patch({
        sites: [
          { id: seat.id, address: 'Viale Monza 10', municipalityCode: MILANO, legalSeat: true },
          { address: 'Via Roma 1', municipalityCode: MELZO },
        ],
      });
      expect(response.status).toBe(200);
      const byName = Object.fromEntries(
        response.body.sites.map((s: { name: string }) => [s.name, s]),
      );
      expect(Object.keys(byName).sort()).toEqual(['Sede', 'Sede di Melzo']);
      expect(byName['Sede']).toEqual(
        expect.objectContaining({ id: seat.id, address: 'Viale Monza 10', lat: 45.4711 }),
      );
      expect(byName['Sede di Melzo']).toEqual(
        expect.objectContaining({ lat: 45.5, lng: 9.41667, provinceCode: 'MI' }),
      );
      const [{ count }] = await api.db.query(
        `SELECT count(*)::int AS count FROM company_sites WHERE id = $1`,
        [warehouse.id],
      );
      expect(count).toBe(0);
    });

    it('moves the legal seat province with the legal seat', async () => {
      const current = await http().get(`/api/companies/${id}`).set('Authorization', admin.auth);
      const response = await patch({
        sites: current.body.sites.map((s: { id: string; name: string; address: string }) => ({
          id: s.id,
          address: s.address,
          municipalityCode: s.name === 'Sede' ? BERGAMO : MELZO,
          legalSeat: s.name === 'Sede',
        })),
      }).expect(200);
      expect(response.body.legalProvinceCode).toBe('BG');
      const seat = response.body.sites.find((s: { legalSeat: boolean }) => s.legalSeat);
      expect(seat).toEqual(expect.objectContaining({ lat: 45.695, lng: 9.67 }));
    });

    it('refuses a site id of another company', async () => {
      const stranger = await post(consultant, company(8)).expect(201);
      const before = await tableCounts(api.db);
      const problem = expectProblem(
        await patch({ sites: [{ ...site(), id: stranger.body.sites[0].id }] }),
        400,
      );
      expect(problem.errors?.map((error) => error.field)).toEqual(['sites[0].id']);
      expect(await tableCounts(api.db)).toEqual(before);
    });
  });

  describe('list', () => {
    beforeAll(async () => {
      await post(admin, company(20, { name: 'Caffè Centrale', kmZero: true })).expect(201);
      await post(admin, {
        ...company(21, { name: 'Bottega di quartiere' }),
        kmZero: true,
        sites: [site({ municipalityCode: MELZO })],
      }).expect(201);
      await post(admin, {
        ...company(22, { name: 'Logistica Orobica' }),
        sites: [site({ municipalityCode: BERGAMO })],
      }).expect(201);
      await post(other, company(23, { name: 'Caffè della cooperativa B' })).expect(201);
    });

    const list = (query: Record<string, string | number | boolean>, session = admin) =>
      http().get('/api/companies').query(query).set('Authorization', session.auth).expect(200);
    const names = (response: request.Response) =>
      response.body.items.map((item: { name: string }) => item.name);

    it('finds by part of the name, ignoring accents and case, or by the start of the VAT number', async () => {
      expect(names(await list({ q: 'CAFFE' }))).toEqual(['Caffè Centrale']);
      expect(names(await list({ q: testVatNumber(21).slice(0, 9) }))).toEqual([
        'Bottega di quartiere',
      ]);
    });

    it('filters by km zero, municipality and province', async () => {
      expect(names(await list({ kmZero: true, q: 'a' }))).toEqual(
        expect.arrayContaining(['Caffè Centrale', 'Bottega di quartiere']),
      );
      expect(names(await list({ kmZero: true }))).not.toContain('Logistica Orobica');
      expect(names(await list({ municipalityCode: MELZO }))).toContain('Bottega di quartiere');
      expect(names(await list({ municipalityCode: MELZO }))).not.toContain('Caffè Centrale');
      expect(names(await list({ provinceCode: 'bg' }))).toContain('Logistica Orobica');
      expect(names(await list({ provinceCode: 'BG' }))).not.toContain('Caffè Centrale');
    });

    it('pages and sorts', async () => {
      const all = await list({ pageSize: 100 });
      const sorted = [...names(all)].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
      expect(names(all)).toEqual(sorted);
      const descending = await list({ sort: '-name', pageSize: 100 });
      expect(names(descending)).toEqual([...sorted].reverse());
      const second = await list({ pageSize: 2, page: 2 });
      expect(second.body).toEqual(
        expect.objectContaining({ page: 2, pageSize: 2, total: all.body.total }),
      );
      expect(names(second)).toEqual(sorted.slice(2, 4));
    });

    it('rejects an unknown sort field', async () => {
      expectProblem(
        await http().get('/api/companies?sort=vatNumber').set('Authorization', admin.auth),
        400,
        'VALIDATION_FAILED',
      );
    });

    it("never shows another organisation's companies", async () => {
      const mine = names(await list({ pageSize: 100 }));
      expect(mine).not.toContain('Caffè della cooperativa B');
      const theirs = names(await list({ pageSize: 100 }, other));
      expect(theirs).toEqual(expect.arrayContaining(['Caffè della cooperativa B']));
      expect(theirs).not.toContain('Caffè Centrale');
    });
  });

  describe('organisation isolation and archive', () => {
    it("answers 404 to another organisation's company, whatever the verb", async () => {
      const created = await post(consultant, company(30)).expect(201);
      const url = `/api/companies/${created.body.id}`;
      const before = await tableCounts(api.db);
      expectProblem(await http().get(url).set('Authorization', other.auth), 404);
      expectProblem(
        await http().patch(url).set('Authorization', other.auth).send({ name: 'Presa' }),
        404,
      );
      expectProblem(await http().post(`${url}/archive`).set('Authorization', other.auth), 404);
      expect(await tableCounts(api.db)).toEqual(before);
    });

    it('answers 400 to an id that is not a UUID and 404 to an unknown one', async () => {
      expectProblem(
        await http().get('/api/companies/123').set('Authorization', admin.auth),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await http()
          .get('/api/companies/00000000-0000-4000-8000-000000000000')
          .set('Authorization', admin.auth),
        404,
        'COMPANY_NOT_FOUND',
      );
    });

    it('archives: out of the default list, listed with archived=true, no longer editable', async () => {
      const created = await post(consultant, company(31, { name: 'Chiusa per sempre' })).expect(
        201,
      );
      const url = `/api/companies/${created.body.id}`;
      const archived = await http()
        .post(`${url}/archive`)
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(archived.body.archivedAt).toEqual(expect.any(String));
      const again = await http()
        .post(`${url}/archive`)
        .set('Authorization', consultant.auth)
        .expect(200);
      expect(again.body.version).toBe(archived.body.version);

      const active = await http()
        .get('/api/companies')
        .query({ q: 'Chiusa', archived: false })
        .set('Authorization', admin.auth);
      expect(active.body.items).toEqual([]);
      const listed = await http()
        .get('/api/companies')
        .query({ q: 'Chiusa', archived: true })
        .set('Authorization', admin.auth);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
      expectProblem(
        await http().patch(url).set('Authorization', consultant.auth).send({ name: 'Riaperta' }),
        409,
        'COMPANY_ARCHIVED',
      );
    });
  });
});
