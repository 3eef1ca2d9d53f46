import { createOrganisation, createSession, expectProblem, type TestSession } from '#libs/testing';
import request from 'supertest';
import { startTestApi, type TestApi } from './support/test-api.js';

/** The gazetteer behind the console's municipality pickers. */
describe('municipalities (e2e)', () => {
  let api: TestApi | undefined;
  let tutor: TestSession;
  const http = () => request(api!.app.getHttpServer());

  beforeAll(async () => {
    api = await startTestApi('municipalities');
    const admin = await createOrganisation(api.app);
    tutor = await createSession(api.app, admin.organisationId, 'tutor');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('suggests municipalities by the start of the name, accents and case aside, largest first', async () => {
    const response = await http()
      .get('/api/municipalities?q=sesto s')
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(response.body.items[0]).toEqual({
      code: '015209',
      name: 'Sesto San Giovanni',
      provinceCode: 'MI',
      province: 'Milano',
    });
    const accented = await http()
      .get('/api/municipalities?q=CANTU')
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(accented.body.items.map((m: { name: string }) => m.name)).toContain('Cantù');
  });

  it('names the municipalities of a list of ISTAT codes', async () => {
    const response = await http()
      .get('/api/municipalities?codes=015146,017029')
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(response.body.items.map((m: { name: string }) => m.name).sort()).toEqual([
      'Brescia',
      'Milano',
    ]);
  });

  it('needs a sign-in, and a name or codes', async () => {
    await http().get('/api/municipalities?q=mil').expect(401);
    const empty = await http().get('/api/municipalities').set('Authorization', tutor.auth);
    expectProblem(empty, 400);
    const bad = await http()
      .get('/api/municipalities?codes=15146')
      .set('Authorization', tutor.auth);
    expectProblem(bad, 400);
  });
});
