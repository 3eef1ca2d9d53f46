import {
  expectProblem,
  login,
  createOrganisation,
  createSession,
  type TestSession,
  TEST_PASSWORD,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';

describe('accounts, login and the platform (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await startTestApi('accounts', { LOGIN_MAX_FAILURES: '3' });
    admin = await createOrganisation(api.app);
  });
  afterAll(() => api?.close());

  it('reports database, Redis and search in the health check', async () => {
    const response = await http().get('/api/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.checks.database.status).toBe('up');
    expect(response.body.checks.redis.status).toBe('up');
    expect(response.body.checks.search).toEqual(
      expect.objectContaining({ backend: 'postgres', status: 'up' }),
    );
  });

  it('serves the OpenAPI document', async () => {
    const response = await http().get('/api/docs-json').expect(200);
    expect(response.body.paths['/api/auth/login']).toBeDefined();
  });

  it('answers 401 problem+json to calls without a valid token', async () => {
    expectProblem(await http().get('/api/users'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await http().get('/api/users').set('Authorization', 'Bearer not-a-token'),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('sets security headers', async () => {
    const response = await http().get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('logs in with the right password and not with a wrong one, and audits both', async () => {
    await http()
      .post('/api/auth/login')
      .send({ email: admin.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    const failed = await http()
      .post('/api/auth/login')
      .send({ email: admin.email, password: 'sbagliata-sbagliata' });
    expectProblem(failed, 401, 'LOGIN_FAILED');
    const actions = await api.db.query(
      `SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`,
      [admin.userId],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['LOGIN_SUCCEEDED', 'LOGIN_FAILED']),
    );
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const tutor = await createSession(api.app, admin.organisationId, 'tutor');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expectProblem(
        await http()
          .post('/api/auth/login')
          .send({ email: tutor.email, password: 'tentativo-errato' }),
        401,
      );
    }
    expectProblem(
      await http().post('/api/auth/login').send({ email: tutor.email, password: TEST_PASSWORD }),
      401,
      'LOGIN_FAILED',
    );
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int FROM audit_log WHERE action = 'LOGIN_LOCKED' AND subject_id = $1`,
      [tutor.userId],
    );
    expect(count).toBe(1);
  });

  it('lets an admin create users and change roles, and audits the change', async () => {
    const created = await http()
      .post('/api/users')
      .set('Authorization', admin.auth)
      .send({
        email: 'nuova.tutor@example.org',
        displayName: 'Nuova Tutor',
        role: 'tutor',
        password: 'una-password-robusta',
      })
      .expect(201);
    expect(created.body).not.toHaveProperty('passwordHash');
    await http()
      .patch(`/api/users/${created.body.id}`)
      .set('Authorization', admin.auth)
      .send({ role: 'coordinator' })
      .expect(200);
    const [entry] = await api.db.query(
      `SELECT details FROM audit_log WHERE action = 'ROLE_CHANGED' AND subject_id = $1`,
      [created.body.id],
    );
    expect(entry.details).toEqual({
      before: { role: 'tutor', active: true },
      after: { role: 'coordinator', active: true },
    });
    const coordinator = await login(api.app, 'nuova.tutor@example.org', 'una-password-robusta');
    await http().get('/api/users').set('Authorization', coordinator).expect(200);
  });

  it('forbids non-admins from creating users', async () => {
    const tutor = await createSession(api.app, admin.organisationId, 'tutor');
    const response = await http().post('/api/users').set('Authorization', tutor.auth).send({
      email: 'x@example.org',
      displayName: 'X',
      role: 'admin',
      password: 'una-password-robusta',
    });
    expectProblem(response, 403, 'FORBIDDEN');
  });

  it('rejects unknown fields and bad values with 400 naming each field', async () => {
    const response = await http().post('/api/users').set('Authorization', admin.auth).send({
      email: 'not-an-email',
      displayName: 'Y',
      role: 'boss',
      password: 'corta',
      isAdmin: true,
    });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual([
      'email',
      'isAdmin',
      'password',
      'role',
    ]);
    expect(problem.errors?.find((e) => e.field === 'isAdmin')?.message).toBe('campo non previsto');
  });

  it('answers 400 to malformed JSON and 413 to a body that is too large', async () => {
    const malformed = await http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expectProblem(malformed, 400, 'MALFORMED_BODY');
    const huge = await http()
      .post('/api/auth/login')
      .send({ email: 'a@b.it', password: 'x'.repeat(200_000) });
    expectProblem(huge, 413, 'PAYLOAD_TOO_LARGE');
  });
});
