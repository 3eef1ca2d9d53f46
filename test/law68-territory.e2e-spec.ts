import {
  candidateBody,
  createOrganisation,
  createSession,
  expectProblem,
  type TestSession,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';
import {
  BERGAMO,
  createCompany,
  createRegisteredCandidate,
  MELZO,
  workforce,
} from './law68.fixtures.js';

const CLEANER = '8.1.4.3.0';
const COOK = '5.2.2.1.0';

describe('territory view and scouting priority list (e2e)', () => {
  let api: TestApi;
  let consultant: TestSession;
  let coordinator: TestSession;
  let tutor: TestSession;
  let strangerConsultant: TestSession;
  const ids: Record<string, string> = {};
  const http = () => request(api.app.getHttpServer());
  const get = (path: string, session: TestSession = consultant) =>
    http().get(path).set('Authorization', session.auth);
  const declare = (companyId: string, body: object) =>
    http()
      .post(`/api/companies/${companyId}/law68/declarations`)
      .set('Authorization', consultant.auth)
      .send(body)
      .expect(201);
  const names = (items: Array<{ name: string }>) => items.map((item) => item.name);

  beforeAll(async () => {
    // The ranking arithmetic is checked on counts of every size: small-cell suppression, on by
    // default, is tested in inference.e2e-spec.ts.
    api = await startTestApi('law68-territory', { SMALL_CELL_THRESHOLD: '1' });
    const admin = await createOrganisation(api.app, 'Consorzio A');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    const stranger = await createOrganisation(api.app, 'Cooperativa B');
    strangerConsultant = await createSession(api.app, stranger.organisationId, 'consultant');
    const strangerCoordinator = await createSession(
      api.app,
      stranger.organisationId,
      'coordinator',
    );

    ids.cleaning = await createCompany(api.app, consultant, 1, {
      name: 'Pulizie Milano',
      atecoCode: '81.21.00',
    });
    ids.restaurant = await createCompany(api.app, consultant, 2, {
      name: 'Trattoria Milano',
      atecoCode: '56.10.11',
    });
    ids.logistics = await createCompany(api.app, consultant, 3, {
      name: 'Logistica Bergamo',
      atecoCode: '52.10.10',
      municipalityCode: BERGAMO,
    });
    ids.covered = await createCompany(api.app, consultant, 4, {
      name: 'Tipografia in regola',
      atecoCode: '18.12.00',
    });
    ids.melzo = await createCompany(api.app, consultant, 5, {
      name: 'Pulizie Melzo',
      atecoCode: '81.21.00',
      municipalityCode: MELZO,
    });
    // Band A, quota 4, 2 uncovered; band B, quota 2, 1 uncovered; a covered one; Melzo 1 uncovered.
    await declare(ids.cleaning, workforce());
    await declare(
      ids.restaurant,
      workforce({}, { totalEmployees: 41, disabledEmployees: [{ count: 1 }], art18Employees: 0 }),
    );
    await declare(ids.logistics, workforce({ registeredOfficeProvince: 'BG' }, { province: 'BG' }));
    await declare(
      ids.covered,
      workforce({}, { disabledEmployees: [{ count: 4 }], totalEmployees: 65 }),
    );
    await declare(
      ids.melzo,
      workforce({}, { totalEmployees: 40, disabledEmployees: [{ count: 1 }], art18Employees: 0 }),
    );

    // People in Milano registered in the collocamento mirato list: three cleaners, a cook, one who
    // stated no occupation. Not counted: an unregistered person, an art. 18 person (no art. 18
    // quota is uncovered), an archived person, and the other organisation's people.
    for (let i = 0; i < 3; i += 1) {
      await createRegisteredCandidate(api.app, coordinator, { preferredOccupations: [CLEANER] });
    }
    await createRegisteredCandidate(api.app, coordinator, { preferredOccupations: [COOK] });
    await createRegisteredCandidate(api.app, coordinator, {
      experiences: [],
      preferredOccupations: [],
    });
    await http()
      .post('/api/candidates')
      .set('Authorization', coordinator.auth)
      .send(candidateBody({ email: null, preferredOccupations: [CLEANER] }))
      .expect(201);
    await createRegisteredCandidate(
      api.app,
      coordinator,
      { preferredOccupations: [CLEANER] },
      'ART18',
    );
    const archived = await createRegisteredCandidate(api.app, coordinator, {
      preferredOccupations: [CLEANER],
    });
    await http()
      .post(`/api/candidates/${archived}/archive`)
      .set('Authorization', coordinator.auth)
      .expect(200);
    await createRegisteredCandidate(api.app, strangerCoordinator, {
      preferredOccupations: [CLEANER],
    });
    // The person who will be hired lives in Bergamo, out of everyone's reach.
    ids.hire = await createRegisteredCandidate(api.app, coordinator, {
      home: { municipalityCode: BERGAMO },
      preferredOccupations: [COOK],
    });
  });
  afterAll(() => api?.close());

  describe('GET /api/scouting/priorities', () => {
    it('ranks companies by registered people nearby who fit their sector; counts only', async () => {
      const response = await get('/api/scouting/priorities').expect(200);
      expect(names(response.body.items)).toEqual([
        'Pulizie Milano',
        'Trattoria Milano',
        'Logistica Bergamo',
        'Pulizie Melzo',
      ]);
      const [cleaning, restaurant, logistics] = response.body.items;
      // 3 cleaners (1 each) + the cook (another trade, 0,1) + no occupation stated (0,3).
      expect(cleaning).toEqual(
        expect.objectContaining({
          rank: 1,
          sector: 'CLEANING',
          sectorLabel: 'Pulizie e servizi agli edifici',
          uncoveredDisabled: 2,
          candidatesNearby: 5,
          fittingCandidates: 3,
          score: 3.4,
          stage: 'TO_CONTACT',
          municipalityName: 'Milano',
          provinceCode: 'MI',
        }),
      );
      expect(restaurant).toEqual(
        expect.objectContaining({ candidatesNearby: 5, fittingCandidates: 1, score: 1.6 }),
      );
      // Only the cook who lives in Bergamo: another trade.
      expect(logistics).toEqual(
        expect.objectContaining({ candidatesNearby: 1, fittingCandidates: 0, score: 0.1 }),
      );
      expect(response.body.total).toBe(4);
      expect(JSON.stringify(response.body)).not.toMatch(/Haddad|Amina|firstName|lastName/);
    });

    it('filters by province, municipality and district, and pages', async () => {
      expect(
        names((await get('/api/scouting/priorities?province=mi').expect(200)).body.items),
      ).toEqual(['Pulizie Milano', 'Trattoria Milano', 'Pulizie Melzo']);
      expect(
        names((await get(`/api/scouting/priorities?municipality=${MELZO}`).expect(200)).body.items),
      ).toEqual(['Pulizie Melzo']);
      const district = await http()
        .post('/api/law68/districts')
        .set('Authorization', consultant.auth)
        .send({ name: 'CPI Melzo', municipalityCodes: [MELZO, '015074'] })
        .expect(201);
      const byDistrict = await get(`/api/scouting/priorities?district=${district.body.id}`).expect(
        200,
      );
      expect(byDistrict.body.area).toEqual(
        expect.objectContaining({ kind: 'DISTRICT', name: 'Ambito CPI Melzo' }),
      );
      expect(names(byDistrict.body.items)).toEqual(['Pulizie Melzo']);
      const page = await get('/api/scouting/priorities?page=2&pageSize=3').expect(200);
      expect(page.body).toEqual(expect.objectContaining({ page: 2, pageSize: 3, total: 4 }));
      expect(page.body.items).toEqual([
        expect.objectContaining({ rank: 4, name: 'Pulizie Melzo' }),
      ]);
    });

    it('exports CSV with Italian headers and quoting, and audits the export', async () => {
      const response = await get('/api/scouting/priorities?format=csv').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers['content-disposition']).toMatch(
        /attachment; filename="priorita-scouting.csv"/,
      );
      const lines = response.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'Posizione;Azienda;Comune;Provincia;Codice ATECO;Settore;Scoperture disabili;Scoperture art. 18;' +
          'Iscritti al collocamento mirato nel raggio;Di cui adatti al settore;Punteggio;Fase scouting;Ultima attività',
      );
      expect(lines[1]).toBe(
        '1;Pulizie Milano;Milano;MI;81.21.00;Pulizie e servizi agli edifici;2;0;5;3;3,4;Da contattare;',
      );
      expect(lines).toHaveLength(5);
      const viaAccept = await get('/api/scouting/priorities').set('Accept', 'text/csv').expect(200);
      expect(viaAccept.text).toBe(response.text);
      const [{ count }] = await api.db.query(
        `SELECT count(*)::int AS count FROM audit_log WHERE action = 'DATA_EXPORTED' AND subject_type = 'scouting_priorities'`,
      );
      expect(count).toBe(2);
    });

    it('drops a company once a recorded hire covers it, without opening the company', async () => {
      await http()
        .post('/api/placements')
        .set('Authorization', coordinator.auth)
        .send({
          candidateId: ids.hire,
          companyId: ids.restaurant,
          contractType: 'A.02.00',
          startDate: '2026-05-04',
          countsTowardL68: true,
        })
        .expect(201);
      const response = await get('/api/scouting/priorities').expect(200);
      expect(names(response.body.items)).not.toContain('Trattoria Milano');
    });

    it('is for consultants, coordinators and admins: 401 and 403 otherwise', async () => {
      expectProblem(await http().get('/api/scouting/priorities'), 401, 'UNAUTHENTICATED');
      expectProblem(await get('/api/scouting/priorities', tutor), 403, 'FORBIDDEN');
      await get('/api/scouting/priorities', coordinator).expect(200);
    });

    it('shows another organisation nothing of these', async () => {
      const response = await get('/api/scouting/priorities', strangerConsultant).expect(200);
      expect(response.body).toEqual(expect.objectContaining({ items: [], total: 0 }));
    });
  });

  describe('GET /api/law68/territory', () => {
    it('sums a province: companies below quota, uncovered positions, trend, prospetto, sanctions', async () => {
      const response = await get('/api/law68/territory?province=MI', tutor).expect(200);
      expect(response.body.area).toEqual({
        kind: 'PROVINCE',
        code: 'MI',
        name: 'Provincia di Milano',
      });
      expect(response.body.totals).toEqual(
        expect.objectContaining({
          companies: 4,
          obligedCompanies: 4,
          companiesBelowQuota: 2,
          uncoveredDisabled: 3,
          uncoveredArt18: 0,
        }),
      );
      expect(response.body.totals.accruedSanctionCents).toBeGreaterThan(0);
      expect(response.body.trend).toEqual([
        expect.objectContaining({
          referenceDate: '2025-12-31',
          companies: 4,
          companiesBelowQuota: 3,
          uncoveredDisabled: 4,
        }),
      ]);
      expect(response.body.prospetto).toEqual(
        expect.objectContaining({
          dueDate: expect.stringMatching(/-01-31$/),
          obligedCompanies: 4,
          toDeclare: expect.any(Number),
        }),
      );
      expect(names(response.body.companies.items)).toEqual(['Pulizie Milano', 'Pulizie Melzo']);
      expect(response.body.companies.items[0]).toEqual(
        expect.objectContaining({
          uncoveredDisabled: 2,
          referenceDate: '2025-12-31',
          stage: 'TO_CONTACT',
        }),
      );
    });

    it('exports the companies below quota as CSV and audits it', async () => {
      const response = await get('/api/law68/territory?format=csv').expect(200);
      const lines = response.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^Azienda;Partita IVA;Comune;Provincia;Codice ATECO;Fascia;/);
      expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual([
        'Logistica Bergamo',
        'Pulizie Milano',
        'Pulizie Melzo',
      ]);
      expect(lines[1]).toContain(';fascia A, oltre 50 dipendenti computabili;');
      const [{ count }] = await api.db.query(
        `SELECT count(*)::int AS count FROM audit_log WHERE action = 'DATA_EXPORTED' AND subject_type = 'law68_territory'`,
      );
      expect(count).toBe(1);
    });

    it('refuses two areas, unknown ones, and other organisations’ districts', async () => {
      const two = expectProblem(
        await get(`/api/law68/territory?province=MI&municipality=${MELZO}`),
        400,
      );
      expect(two.errors?.map((e) => e.field)).toEqual(['municipality']);
      const unknown = expectProblem(await get('/api/law68/territory?province=ZZ'), 400);
      expect(unknown.errors?.map((e) => e.field)).toEqual(['province']);
      const districts = await get('/api/law68/districts', tutor).expect(200);
      expectProblem(
        await get(`/api/law68/territory?district=${districts.body[0].id}`, strangerConsultant),
        404,
        'DISTRICT_NOT_FOUND',
      );
      expectProblem(await http().get('/api/law68/territory'), 401, 'UNAUTHENTICATED');
    });
  });

  describe('districts', () => {
    it('are created, renamed, listed and deleted by consultants; tutors only read them', async () => {
      const created = await http()
        .post('/api/law68/districts')
        .set('Authorization', consultant.auth)
        .send({ name: 'CPI Bergamo', municipalityCodes: [BERGAMO, BERGAMO] })
        .expect(201);
      expect(created.body.municipalities).toEqual([
        { code: BERGAMO, name: 'Bergamo', provinceCode: 'BG' },
      ]);
      expectProblem(
        await http()
          .post('/api/law68/districts')
          .set('Authorization', consultant.auth)
          .send({ name: 'cpi bergamo', municipalityCodes: [BERGAMO] }),
        409,
        'DISTRICT_NAME_TAKEN',
      );
      const bad = expectProblem(
        await http()
          .post('/api/law68/districts')
          .set('Authorization', consultant.auth)
          .send({ name: 'Fantasia', municipalityCodes: ['999999'] }),
        400,
      );
      expect(bad.errors?.map((e) => e.field)).toEqual(['municipalityCodes[0]']);
      await http()
        .put(`/api/law68/districts/${created.body.id}`)
        .set('Authorization', consultant.auth)
        .send({ name: 'CPI Bergamo città', municipalityCodes: [BERGAMO] })
        .expect(200);
      expectProblem(
        await http()
          .post('/api/law68/districts')
          .set('Authorization', tutor.auth)
          .send({ name: 'X', municipalityCodes: [BERGAMO] }),
        403,
      );
      await http()
        .delete(`/api/law68/districts/${created.body.id}`)
        .set('Authorization', consultant.auth)
        .expect(204);
      const list = await get('/api/law68/districts', tutor).expect(200);
      expect(names(list.body)).toEqual(['CPI Melzo']);
    });
  });
});
