import { QUEUES } from '#libs/platform';
import { createOrganisation, createSession, type TestSession } from '#libs/testing';
import request from 'supertest';
import { startTestApi, type TestApi } from './support/test-api.js';

/** The queue dashboard (bull-board) is for administrators only, over the header or its cookie. */
describe('queue dashboard (e2e)', () => {
  let t: TestApi | undefined;
  let admin: TestSession;
  let tutor: TestSession;
  let consultant: TestSession;
  const api = () => request(t!.app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApi('queue_board');
    admin = await createOrganisation(t.app, 'Cooperativa delle code');
    tutor = await createSession(t.app, admin.organisationId, 'tutor');
    consultant = await createSession(t.app, admin.organisationId, 'consultant');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('shows the board and every queue to an admin', async () => {
    const page = await api().get('/api/admin/queues').set('Authorization', admin.auth).expect(200);
    expect(page.text).toContain('Incrocio – code dei lavori');
    const queues = await api()
      .get('/api/admin/queues/api/queues')
      .set('Authorization', admin.auth)
      .expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(
      Object.values(QUEUES).sort(),
    );
    expect(Object.values(QUEUES)).toEqual(expect.arrayContaining(['matching', 'imports']));
  });

  it('refuses a tutor and a consultant (403) and anyone without a session (401)', async () => {
    for (const path of ['/api/admin/queues', '/api/admin/queues/api/queues']) {
      for (const who of [tutor, consultant]) {
        const refused = await api().get(path).set('Authorization', who.auth).expect(403);
        expect(refused.headers['content-type']).toMatch(/problem\+json/);
        expect(refused.text).not.toContain('bulletin-delivery');
      }
      await api().get(path).expect(401);
      await api().get(path).set('Authorization', 'Bearer non-valido').expect(401);
    }
    await api()
      .put('/api/admin/queues/api/queues/matching/clean/failed')
      .set('Authorization', tutor.auth)
      .expect(403);
  });

  it('opens the board in a browser through a cookie limited to its path, for admins only', async () => {
    await api().post('/api/admin/queue-board/access').set('Authorization', tutor.auth).expect(403);
    const access = await api()
      .post('/api/admin/queue-board/access')
      .set('Authorization', admin.auth)
      .expect(204);
    const cookie = String(access.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/admin\/queues/);
    const pair = cookie.split(';')[0]!;
    await api().get('/api/admin/queues/api/queues').set('Cookie', pair).expect(200);
    // The cookie opens nothing else of the API.
    await api().get('/api/users').set('Cookie', pair).expect(401);
    // A tutor's token in the cookie is refused like in the header.
    const tutorToken = tutor.auth.slice('Bearer '.length);
    await api()
      .get('/api/admin/queues/api/queues')
      .set('Cookie', `incrocio_queue_board=${tutorToken}`)
      .expect(403);
  });
});
