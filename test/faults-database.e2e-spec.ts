import {
  candidateBody,
  createOrganisation,
  createSession,
  databaseFingerprint,
  expectProblem,
  OpenedResources,
  TcpProxy,
  TEST_DATABASE_URL,
  type TestSession,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';

/** PostgreSQL goes away while the API is serving: 503 problem+json, health says why, nothing half-written. */
describe('PostgreSQL outage (e2e)', () => {
  let proxy: TcpProxy;
  let api: TestApi;
  let tutor: TestSession;
  const http = () => request(api.app.getHttpServer());
  const opened = new OpenedResources();

  beforeAll(async () => {
    proxy = opened.keep(await TcpProxy.inFrontOf(TEST_DATABASE_URL), (proxy) => proxy.close());
    api = opened.keep(
      await startTestApi('pgfault', {}, { DATABASE_URL: proxy.url(TEST_DATABASE_URL) }),
      (api) => api.close(),
    );
    const admin = await createOrganisation(api.app);
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody())
      .expect(201);
  });
  afterAll(async () => {
    proxy?.restore();
    await opened.close();
  });

  it('answers 503 problem+json while the database is down, reports it in the health check, and recovers', async () => {
    const before = await databaseFingerprint(api.db);
    proxy.cut();

    expectProblem(
      await http().get('/api/candidates').set('Authorization', tutor.auth),
      503,
      'DATABASE_UNAVAILABLE',
    );
    expectProblem(
      await http()
        .post('/api/candidates')
        .set('Authorization', tutor.auth)
        .send(candidateBody({ lastName: 'Durante' })),
      503,
    );
    const health = await http().get('/api/health').expect(503);
    expect(health.body.status).toBe('degraded');
    expect(health.body.checks.database).toEqual(
      expect.objectContaining({
        status: 'down',
        detail: expect.stringMatching(/non raggiungibile/),
      }),
    );
    expect(health.body.checks.redis.status).toBe('up');

    proxy.restore();
    let recovered = 0;
    for (let attempt = 0; attempt < 50 && recovered !== 200; attempt += 1) {
      recovered = (await http().get('/api/candidates').set('Authorization', tutor.auth)).status;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recovered).toBe(200);
    expect(await databaseFingerprint(api.db)).toEqual(before);
    await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ lastName: 'Dopo' }))
      .expect(201);
    await http().get('/api/health').expect(200);
  });
});
