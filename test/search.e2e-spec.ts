import type { INestApplicationContext } from '@nestjs/common';
import {
  candidateBody,
  createOrganisation,
  createSession,
  createTestCompany,
  deleteQueueKeys,
  expectProblem,
  type TestSession,
  vacancyBody,
  waitFor,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { startTestWorker } from './support/test-worker.js';
import request from 'supertest';

/** Search through the API, kept in sync with PostgreSQL by the worker through the outbox. */
describe('search (e2e)', () => {
  let api: TestApi;
  let worker: INestApplicationContext | undefined;
  let consultant: TestSession;
  let tutor: TestSession;
  let foreignTutor: TestSession;
  const http = () => request(api.app.getHttpServer());
  const outboxEmpty = () =>
    waitFor(
      async () => (await api.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n,
      (n) => n === 0,
    );

  beforeAll(async () => {
    api = await startTestApi('search');
    const admin = await createOrganisation(api.app);
    consultant = await createSession(api.app, admin.organisationId, 'consultant');
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
    const other = await createOrganisation(api.app, 'Altra organizzazione');
    foreignTutor = await createSession(api.app, other.organisationId, 'tutor');
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('brings every change made while the worker was stopped and Redis lost its data into the index, once', async () => {
    const company = await createTestCompany(api.app, consultant, 1, { name: "Caffè dell'Arco" });
    const created: string[] = [];
    for (const title of [
      'Cameriere di sala',
      'Addetta alle pulizie uffici',
      'Assistente familiare',
      'Magazziniere con muletto',
    ]) {
      const response = await http()
        .post('/api/vacancies')
        .set('Authorization', consultant.auth)
        .send(vacancyBody(company, { title }))
        .expect(201);
      created.push(response.body.id);
    }
    await http()
      .patch(`/api/vacancies/${created[0]}`)
      .set('Authorization', consultant.auth)
      .send({ title: 'Cameriere di sala e bar' })
      .expect(200);
    await http()
      .post(`/api/vacancies/${created[3]}/archive`)
      .set('Authorization', consultant.auth)
      .expect(200);
    await http()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ lastName: 'Esposito' }))
      .expect(201);
    await http()
      .post('/api/candidates')
      .set('Authorization', foreignTutor.auth)
      .send(candidateBody({ lastName: 'Estraneo' }))
      .expect(201);
    // A Redis restarted without persistence forgets every queued job: only the outbox remembers.
    await deleteQueueKeys(api.config.QUEUE_PREFIX);
    expect(
      (await api.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n,
    ).toBeGreaterThan(0);

    worker = await startTestWorker(api.config);
    await outboxEmpty();

    const all = await http()
      .get('/api/search/vacancies')
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(all.body.total).toBe(3);
    expect(
      all.body.hits.map((h: { document: { title: string } }) => h.document.title).sort(),
    ).toEqual(['Addetta alle pulizie uffici', 'Assistente familiare', 'Cameriere di sala e bar']);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM search_documents WHERE index_name = 'vacancies'`,
    );
    expect(n).toBe(3);
  });

  it.each([
    ['camerire', 'Cameriere di sala e bar'],
    ['pulizia', 'Addetta alle pulizie uffici'],
    ['badante', 'Assistente familiare'],
  ])('finds "%s" (typos, accents, plurals, synonyms)', async (q, title) => {
    const response = await http()
      .get('/api/search/vacancies')
      .query({ q })
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(response.body.hits[0]?.document.title).toBe(title);
    expect(response.body.hits[0].matchedTerms.length).toBeGreaterThan(0);
  });

  it("finds the company name without its accent and elision (caffe arco, Caffè dell'Arco)", async () => {
    const response = await http()
      .get('/api/search/vacancies')
      .query({ q: 'caffe arco' })
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(response.body.total).toBe(3);
    expect(
      response.body.hits.every(
        (h: { document: { companyName: string } }) => h.document.companyName === "Caffè dell'Arco",
      ),
    ).toBe(true);
  });

  it('filters by distance from a municipality and counts facets', async () => {
    const near = await http()
      .get('/api/search/vacancies')
      .query({ near: '015146', radiusKm: 5, facets: 'contractType,kmZero' })
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(near.body.total).toBe(3);
    expect(near.body.facets.contractType).toEqual({ 'A.02.00': 3 });
    const far = await http()
      .get('/api/search/vacancies')
      .query({ near: '016024', radiusKm: 5 })
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(far.body.total).toBe(0);
  });

  it("keeps each organisation's records to itself", async () => {
    const mine = await http()
      .get('/api/search/candidates')
      .query({ q: 'esposito' })
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(mine.body.total).toBe(1);
    const theirs = await http()
      .get('/api/search/candidates')
      .query({ q: 'estraneo' })
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(theirs.body.total).toBe(0);
    const vacancies = await http()
      .get('/api/search/vacancies')
      .set('Authorization', foreignTutor.auth)
      .expect(200);
    expect(vacancies.body.total).toBe(0);
  });

  it('follows changes within seconds while the worker runs', async () => {
    const [{ id }] = await api.db.query(
      `SELECT id FROM vacancies WHERE title = 'Assistente familiare'`,
    );
    await http()
      .post(`/api/vacancies/${id}/archive`)
      .set('Authorization', consultant.auth)
      .expect(200);
    await waitFor(
      async () =>
        (
          await http()
            .get('/api/search/vacancies')
            .query({ q: 'badante' })
            .set('Authorization', tutor.auth)
        ).body.total,
      (total) => total === 0,
      10_000,
    );
  });

  it('rejects a radius without a point, and an unknown municipality, with 400', async () => {
    expectProblem(
      await http()
        .get('/api/search/vacancies')
        .query({ radiusKm: 5 })
        .set('Authorization', tutor.auth),
      400,
    );
    expectProblem(
      await http()
        .get('/api/search/vacancies')
        .query({ near: '999999', radiusKm: 5 })
        .set('Authorization', tutor.auth),
      400,
    );
  });
});
