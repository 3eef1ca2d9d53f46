import {
  candidateBody,
  createOrganisation,
  createSession,
  OpenedResources,
  TcpProxy,
  TEST_REDIS_URL,
  type TestSession,
  waitFor,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { startTestWorker } from './support/test-worker.js';
import request from 'supertest';

/**
 * Redis goes away while the API takes writes, and comes back: writes succeed all along (the outbox
 * in PostgreSQL remembers what must follow them) and the worker resumes once Redis is back: the
 * search outbox at once, the matching requests whose enqueue was lost at the next sweep (30 s).
 */
describe('Redis outage (e2e)', () => {
  let proxy: TcpProxy;
  let api: TestApi;
  let tutor: TestSession;
  const http = () => request(api.app.getHttpServer());
  const opened = new OpenedResources();

  beforeAll(async () => {
    proxy = opened.keep(await TcpProxy.inFrontOf(TEST_REDIS_URL), (proxy) => proxy.close());
    const throughProxy = { REDIS_URL: proxy.url(TEST_REDIS_URL) };
    api = opened.keep(await startTestApi('redisfault', {}, throughProxy), (api) => api.close());
    opened.keep(
      // A copy of the API's configuration (its class, so its derived settings too) through the proxy.
      await startTestWorker(
        Object.assign(Object.create(Object.getPrototypeOf(api.config)), api.config, {
          REDIS_URL: throughProxy.REDIS_URL,
        }) as typeof api.config,
      ),
      (worker) => worker.close(),
    );
    const admin = await createOrganisation(api.app);
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
  });
  afterAll(async () => {
    proxy?.restore();
    await opened.close();
  });

  it('keeps taking writes while Redis is down, reports it, and catches up when it is back', async () => {
    proxy.cut();
    const names = ['Durante', 'Interruzione', 'Blackout'];
    for (const lastName of names) {
      const started = performance.now();
      await http()
        .post('/api/candidates')
        .set('Authorization', tutor.auth)
        .send(candidateBody({ lastName }))
        .expect(201);
      expect(performance.now() - started).toBeLessThan(2000);
    }
    const health = await http().get('/api/health').expect(503);
    expect(health.body.checks.redis.status).toBe('down');
    expect(health.body.checks.database.status).toBe('up');
    const [{ n: waiting }] = await api.db.query(`SELECT count(*)::int AS n FROM search_outbox`);
    expect(waiting).toBeGreaterThanOrEqual(3);

    proxy.restore();
    await waitFor(
      async () => (await api.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n,
      (n) => n === 0,
      30_000,
    );
    const found = await waitFor(
      async () =>
        (await http().get('/api/search/candidates').set('Authorization', tutor.auth)).body.total,
      (total) => total === 3,
    );
    expect(found).toBe(3);
    await waitFor(
      async () =>
        (
          await api.db.query(
            `SELECT count(*)::int AS n FROM match_subjects WHERE subject_type = 'candidate' AND computations > 0`,
          )
        )[0].n,
      (n) => n === 3,
      60_000,
    );
    await http().get('/api/health').expect(200);
  }, 90_000);
});
