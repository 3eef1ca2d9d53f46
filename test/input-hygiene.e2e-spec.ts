import { CreateUserUseCase } from '#libs/accounts';
import {
  candidateBody,
  createOrganisation,
  createSession,
  databaseFingerprint,
  expectProblem,
  MILANO,
  testVatNumber,
  type TestSession,
} from '#libs/testing';
import { TEST_DATA_KEYS } from '#libs/platform';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';

const NUL = 'Via\u0000 Padova';
const LONE_SURROGATE = 'Rossi \ud800';

function companyBody(contactName: string) {
  return {
    name: 'Pulizie Lombarde srl',
    vatNumber: testVatNumber(41),
    headcount: 30,
    kmZero: false,
    contacts: [{ name: contactName, role: 'Responsabile del personale' }],
    sites: [{ address: 'Via Padova 36', municipalityCode: MILANO, legalSeat: true }],
  };
}

describe('text input and response hygiene (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  let tutor: TestSession;
  let consultant: TestSession;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await startTestApi('hygiene', { RATE_LIMITS_ENABLED: 'false' });
    admin = await createOrganisation(api.app, 'Organizzazione A');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
  });
  afterAll(() => api?.close());

  describe('defect 4: characters PostgreSQL cannot store', () => {
    it.each([
      ['a NUL character', NUL],
      ['a lone surrogate', LONE_SURROGATE],
    ])('refuses %s in a candidate JSON field with a 400 naming it', async (_label, value) => {
      const before = await databaseFingerprint(api.db);
      const body = candidateBody({
        experiences: [{ occupationCode: null, occupationText: value, months: 24 }],
      });
      const problem = expectProblem(
        await http().post('/api/candidates').set('Authorization', tutor.auth).send(body),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors).toEqual([
        { field: 'experiences[0].occupationText', message: expect.any(String) },
      ]);
      expect(await databaseFingerprint(api.db)).toEqual(before);
    });

    it.each([
      ['a NUL character', NUL],
      ['a lone surrogate', LONE_SURROGATE],
    ])('refuses %s in a company JSON field with a 400 naming it', async (_label, value) => {
      const before = await databaseFingerprint(api.db);
      const problem = expectProblem(
        await http()
          .post('/api/companies')
          .set('Authorization', consultant.auth)
          .send(companyBody(value)),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors).toEqual([{ field: 'contacts[0].name', message: expect.any(String) }]);
      expect(await databaseFingerprint(api.db)).toEqual(before);
    });

    it('refuses them in query parameters too, naming the parameter', async () => {
      const problem = expectProblem(
        await http()
          .get('/api/candidates')
          .query({ q: 'Amina\u0000' })
          .set('Authorization', tutor.auth),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors).toEqual([{ field: 'q', message: expect.any(String) }]);
    });

    it('still accepts well-formed text outside the basic plane (emoji, mathematical letters)', async () => {
      const created = await http()
        .post('/api/candidates')
        .set('Authorization', tutor.auth)
        .send(
          candidateBody({
            experiences: [{ occupationCode: null, occupationText: 'cuoca 🍝 𝕴', months: 6 }],
          }),
        )
        .expect(201);
      expect(created.body.experiences[0].occupationText).toBe('cuoca 🍝 𝕴');
    });
  });

  describe('Cache-Control on answers with personal data', () => {
    it('marks authenticated answers, errors included, as not to be stored', async () => {
      const answers = [
        await http().get('/api/users').set('Authorization', admin.auth).expect(200),
        await http().get('/api/candidates').set('Authorization', tutor.auth).expect(200),
        await http()
          .post('/api/auth/login')
          .send({ email: tutor.email, password: tutor.password })
          .expect(200),
        await http().get('/api/users').expect(401),
      ];
      for (const answer of answers) {
        expect(answer.headers['cache-control']).toBe('no-store');
        expect(answer.headers['pragma']).toBe('no-cache');
      }
    });

    it('leaves the public bulletin pages cacheable', async () => {
      const page = await http().get('/bollettino/nessuna-area/2026-W01');
      expect(page.headers['cache-control']).not.toBe('no-store');
    });
  });

  describe('an e-mail of another organisation', () => {
    it('gets the same answer as a new e-mail, and nothing is written', async () => {
      const other = await createOrganisation(api.app, 'Organizzazione B');
      const fresh = await http().post('/api/users').set('Authorization', admin.auth).send({
        email: 'nuova.tutor@example.org',
        displayName: 'Nuova Tutor',
        role: 'tutor',
        password: 'una-password-lunga',
      });
      const before = await databaseFingerprint(api.db);
      const taken = await http().post('/api/users').set('Authorization', admin.auth).send({
        email: other.email.toUpperCase(),
        displayName: 'Altra Persona',
        role: 'tutor',
        password: 'una-password-lunga',
      });
      expect(taken.status).toBe(fresh.status);
      expect(taken.headers['content-type']).toBe(fresh.headers['content-type']);
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
      expect(taken.body).toEqual(
        expect.objectContaining({
          organisationId: admin.organisationId,
          email: other.email.toUpperCase(),
          role: 'tutor',
          active: true,
        }),
      );
      expect(JSON.stringify(taken.body)).not.toContain(other.organisationId);
      expect(await databaseFingerprint(api.db)).toEqual(before);
      const [holder] = await api.db.query(`SELECT organisation_id FROM users WHERE email = $1`, [
        other.email,
      ]);
      expect(holder.organisation_id).toBe(other.organisationId);
    });

    it('is still refused from the CLI, whose operator sees every organisation', async () => {
      const other = await createOrganisation(api.app, 'Organizzazione C');
      await expect(
        api.app.get(CreateUserUseCase).execute(admin.organisationId, {
          email: other.email,
          displayName: 'Altra Persona',
          role: 'tutor',
          password: 'una-password-lunga',
        }),
      ).rejects.toMatchObject({ code: 'EMAIL_TAKEN', status: 409 });
    });

    it('is still refused as a duplicate within the same organisation', async () => {
      expectProblem(
        await http().post('/api/users').set('Authorization', admin.auth).send({
          email: tutor.email,
          displayName: 'Doppione',
          role: 'tutor',
          password: 'una-password-lunga',
        }),
        409,
        'EMAIL_TAKEN',
      );
    });
  });
});

describe('the OpenAPI document in production (e2e)', () => {
  let api: TestApi;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await startTestApi('openapi-prod', {
      NODE_ENV: 'production',
      // Production refuses to start without its data keys (encryption at rest).
      DATA_KEYS: TEST_DATA_KEYS,
      RATE_LIMITS_ENABLED: 'false',
    });
  });
  afterAll(() => api?.close());

  it('is not public', async () => {
    expect((await http().get('/api/docs-json')).status).toBeGreaterThanOrEqual(400);
    expect((await http().get('/api/docs')).status).toBe(404);
    expect((await http().get('/api/docs/')).status).toBe(404);
  });

  it('is given to an administrator who asks with a token, and to nobody else', async () => {
    const admin = await createOrganisation(api.app);
    const tutor = await createSession(api.app, admin.organisationId, 'tutor');
    expectProblem(await http().get('/api/docs-json').set('Authorization', tutor.auth), 403);
    const document = await http()
      .get('/api/docs-json')
      .set('Authorization', admin.auth)
      .expect(200);
    expect(document.body.paths['/api/candidates']).toBeDefined();
    expect(document.headers['cache-control']).toBe('no-store');
  });
});

describe('the OpenAPI document in production with OPENAPI_PUBLIC=true (e2e)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('openapi-public', {
      NODE_ENV: 'production',
      // Production refuses to start without its data keys (encryption at rest).
      DATA_KEYS: TEST_DATA_KEYS,
      OPENAPI_PUBLIC: 'true',
    });
  });
  afterAll(() => api?.close());

  it('is public', async () => {
    const document = await request(api.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(document.body.paths['/api/candidates']).toBeDefined();
  });
});
