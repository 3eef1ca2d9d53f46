import { weekKeyOf } from '#libs/bulletin';
import { expectProblem } from '#libs/testing';
import { eventually, seedVacancy } from '../libs/bulletin/src/testing/bulletin.fixtures.js';
import {
  type BulletinE2e,
  dayInRome,
  MUNICIPIO_2,
  startBulletinE2e,
  tokenIn,
} from './support/bulletin/bulletin-e2e.js';

/** An editor resolves the copies whose delivery is uncertain: arrived, or sent again. */
describe('uncertain bulletin copies (e2e)', () => {
  let e2e: BulletinE2e | undefined;
  let editionId: string;
  const READERS = ['prima@example.org', 'seconda@example.org'];
  const post = (path: string, auth = e2e!.tutor.auth) =>
    e2e!.http().post(path).set('Authorization', auth);
  const deliveries = (query = '', auth = e2e!.tutor.auth) =>
    e2e!
      .http()
      .get(`/api/bulletin/editions/${editionId}/deliveries${query}`)
      .set('Authorization', auth);

  beforeAll(async () => {
    e2e = await startBulletinE2e('bulletin_uncertain');
    await post('/api/bulletin/areas').send(MUNICIPIO_2).expect(201);
    await seedVacancy(e2e.api.db, e2e.owner, { title: 'Aiuto cuoco', publishedOn: dayInRome(-1) });
    for (const email of READERS) {
      await e2e
        .http()
        .post('/api/bulletin/subscriptions')
        .send({ email, areas: [MUNICIPIO_2.slug], consent: true })
        .expect(202);
      const [confirmation] = await e2e.mailTo(email);
      await e2e
        .http()
        .post(`/api/bulletin/subscriptions/confirm?token=${tokenIn(confirmation!.text, 'confirm')}`)
        .set('Accept', 'application/json')
        .expect(200);
    }
    const areas = await e2e.http().get('/api/bulletin/areas').set('Authorization', e2e.tutor.auth);
    const composed = await post(`/api/bulletin/areas/${areas.body[0].id}/editions`)
      .send({ weekKey: weekKeyOf(new Date()) })
      .expect(200);
    editionId = composed.body.edition.id;
    await post(`/api/bulletin/editions/${editionId}/approve`).expect(200);
    await post(`/api/bulletin/editions/${editionId}/send`).expect(202);
    for (const email of READERS) await e2e.mailTo(email, 2);
    await eventually(
      async () => (await deliveries('?status=SENT')).body as unknown[],
      (rows) => rows.length === 2,
    );
    // As the reconciliation leaves them when a worker vanished after the end of the data.
    await e2e.api.db.query(
      `UPDATE bulletin_deliveries SET status = 'UNCERTAIN' WHERE edition_id = $1`,
      [editionId],
    );
  }, 120_000);
  afterAll(() => e2e?.close());

  it('lists the uncertain copies with their addresses, to editors only', async () => {
    const listed = await deliveries('?status=UNCERTAIN').expect(200);
    expect(listed.body.map((d: { email: string }) => d.email).sort()).toEqual(READERS);
    expect(listed.body[0]).toMatchObject({ status: 'UNCERTAIN' });
    expectProblem(await deliveries('', e2e!.consultant.auth), 403);
    expectProblem(await deliveries('?status=PERSO'), 400);
  });

  it('sends an uncertain copy again, once, or records that it arrived without sending', async () => {
    const listed = (await deliveries('?status=UNCERTAIN')).body as Array<{
      id: string;
      email: string;
    }>;
    const first = listed.find((d) => d.email === READERS[0])!;
    const second = listed.find((d) => d.email === READERS[1])!;
    const resolve = (id: string, body: object) =>
      post(`/api/bulletin/editions/${editionId}/deliveries/${id}/resolve`).send(body);

    expectProblem(await resolve(first.id, { resolution: 'FORSE' }), 400);
    await resolve(first.id, { resolution: 'RESEND' }).expect(200);
    const resent = await e2e!.mailTo(READERS[0]!, 3);
    expect(resent[2]!.text).toContain('Aiuto cuoco');
    expectProblem(await resolve(first.id, { resolution: 'RESEND' }), 409, 'ILLEGAL_TRANSITION');

    await resolve(second.id, { resolution: 'DELIVERED' }).expect(200);
    await eventually(
      async () =>
        (
          await e2e!
            .http()
            .get(`/api/bulletin/editions/${editionId}`)
            .set('Authorization', e2e!.tutor.auth)
        ).body.deliveries,
      (d) => d.SENT === 2 && d.UNCERTAIN === 0,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(e2e!.smtp.receivedBy(READERS[1]!)).toHaveLength(2);
    expect(e2e!.smtp.receivedBy(READERS[0]!)).toHaveLength(3);
  }, 60_000);
});
