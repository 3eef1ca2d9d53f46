import { SECTION_CODES, weekKeyOf } from '#libs/bulletin';
import { expectProblem } from '#libs/testing';
import { seedVacancy } from '../libs/bulletin/src/testing/bulletin.fixtures.js';
import {
  type BulletinE2e,
  dayInRome,
  MUNICIPIO_2,
  startBulletinE2e,
} from './support/bulletin/bulletin-e2e.js';

/** The editors' side: areas, contents, composition, review, approval and the public page. */
describe('bulletin editorial work (e2e)', () => {
  let e2e: BulletinE2e;
  let areaId: string;
  const week = weekKeyOf(new Date());

  beforeAll(async () => {
    e2e = await startBulletinE2e('bulletin_editorial');
    await seedVacancy(e2e.api.db, e2e.owner, {
      title: 'Addetta alle pulizie',
      publishedOn: dayInRome(-3),
    });
    await seedVacancy(e2e.api.db, e2e.owner, { title: 'Aiuto cuoco', publishedOn: dayInRome(-2) });
    await seedVacancy(e2e.api.db, e2e.owner, {
      title: 'Offerta scaduta',
      publishedOn: dayInRome(-5),
      expiresOn: dayInRome(-1),
    });
  });
  afterAll(() => e2e?.close());

  it('lets coordinators and tutors create areas, and consultants only read them', async () => {
    const created = await e2e
      .http()
      .post('/api/bulletin/areas')
      .set('Authorization', e2e.tutor.auth)
      .send(MUNICIPIO_2)
      .expect(201);
    areaId = created.body.id;
    expect(created.body).toMatchObject({
      slug: 'milano-municipio-2',
      sections: [...SECTION_CODES],
      autoSend: false,
    });

    expectProblem(
      await e2e
        .http()
        .post('/api/bulletin/areas')
        .set('Authorization', e2e.consultant.auth)
        .send({ slug: 'x', name: 'X', municipalityCodes: ['015146'] }),
      403,
    );
    expectProblem(
      await e2e
        .http()
        .post('/api/bulletin/areas')
        .set('Authorization', e2e.coordinator.auth)
        .send({ slug: 'milano-municipio-2', name: 'Doppia', municipalityCodes: ['015146'] }),
      409,
      'AREA_SLUG_TAKEN',
    );
    expectProblem(
      await e2e
        .http()
        .post('/api/bulletin/areas')
        .set('Authorization', e2e.coordinator.auth)
        .send({ slug: 'senza-territorio', name: 'Vuota' }),
      400,
      'INVALID_AREA',
    );
    const listed = await e2e
      .http()
      .get('/api/bulletin/areas')
      .set('Authorization', e2e.consultant.auth)
      .expect(200);
    expect(listed.body.map((area: { id: string }) => area.id)).toEqual([areaId]);
  });

  it('keeps courses, policies, Italian courses and services, with filters and archiving', async () => {
    const italian = await e2e
      .http()
      .post('/api/bulletin/contents')
      .set('Authorization', e2e.tutor.auth)
      .send({
        kind: 'ITALIAN_COURSE',
        title: 'Italiano per il lavoro, con spazio bimbi',
        provider: 'Centro Donna',
        place: 'Via Narni 1',
        municipalityCode: '015146',
        cefrLevel: 'A2',
        hours: 60,
        schedule: [{ day: 2, start: '09:00', end: '11:30' }],
        free: true,
        target: 'Mamme con figli piccoli',
        enrolBy: dayInRome(20),
      })
      .expect(201);
    expect(italian.body).toMatchObject({ kind: 'ITALIAN_COURSE', active: true, areaIds: [] });

    const missingLevel = await e2e
      .http()
      .post('/api/bulletin/contents')
      .set('Authorization', e2e.tutor.auth)
      .send({ kind: 'ITALIAN_COURSE', title: 'Italiano A1', provider: 'CPIA 5' });
    expectProblem(missingLevel, 400, 'INVALID_CONTENT');

    const service = await e2e
      .http()
      .post('/api/bulletin/contents')
      .set('Authorization', e2e.coordinator.auth)
      .send({
        kind: 'USEFUL_SERVICE',
        title: 'Sportello casa',
        provider: 'Comune di Milano',
        summary: 'Aiuto per l’affitto.',
        areaIds: [areaId],
      })
      .expect(201);
    const old = await e2e
      .http()
      .post('/api/bulletin/contents')
      .set('Authorization', e2e.coordinator.auth)
      .send({
        kind: 'TRAINING',
        title: 'Corso ASA (chiuso)',
        provider: 'CFP',
        endsOn: dayInRome(-10),
      })
      .expect(201);
    await e2e
      .http()
      .post('/api/bulletin/contents')
      .set('Authorization', e2e.consultant.auth)
      .send({ kind: 'TRAINING', title: 'x', provider: 'y' })
      .expect(403);

    const active = await e2e
      .http()
      .get('/api/bulletin/contents?active=true&sort=title')
      .set('Authorization', e2e.consultant.auth)
      .expect(200);
    expect(active.body.items.map((item: { id: string }) => item.id)).toEqual([
      italian.body.id,
      service.body.id,
    ]);
    const italianOnly = await e2e
      .http()
      .get('/api/bulletin/contents?kind=ITALIAN_COURSE')
      .set('Authorization', e2e.tutor.auth)
      .expect(200);
    expect(italianOnly.body.total).toBe(1);

    await e2e
      .http()
      .patch(`/api/bulletin/contents/${service.body.id}`)
      .set('Authorization', e2e.tutor.auth)
      .send({ contact: 'Via Padova 36, lun-ven 9-12' })
      .expect(200);
    await e2e
      .http()
      .post(`/api/bulletin/contents/${old.body.id}/archive`)
      .set('Authorization', e2e.tutor.auth)
      .expect(200);
    const archived = await e2e
      .http()
      .get('/api/bulletin/contents?archived=true')
      .set('Authorization', e2e.tutor.auth)
      .expect(200);
    expect(archived.body.items.map((item: { id: string }) => item.id)).toEqual([old.body.id]);
  });

  it('composes, lets an editor review and approve, and publishes the page only once approved', async () => {
    const composed = await e2e
      .http()
      .post(`/api/bulletin/areas/${areaId}/editions`)
      .set('Authorization', e2e.tutor.auth)
      .send({})
      .expect(200);
    expect(composed.body.created).toBe(true);
    const edition = composed.body.edition;
    expect(edition).toMatchObject({
      weekKey: week,
      status: 'DRAFT',
      pagePath: `/bollettino/milano-municipio-2/${week}`,
    });
    const titles = (code: string) =>
      edition.sections
        .find((s: { code: string }) => s.code === code)
        .items.map((i: { title: string }) => i.title);
    expect(titles('OPEN_MARKET')).toEqual(['Aiuto cuoco', 'Addetta alle pulizie']);
    expect(titles('ITALIAN_COURSES')).toEqual(['Italiano per il lavoro, con spazio bimbi']);
    expect(titles('TRAINING')).toEqual([]);

    const again = await e2e
      .http()
      .post(`/api/bulletin/areas/${areaId}/editions`)
      .set('Authorization', e2e.tutor.auth)
      .send({ weekKey: week })
      .expect(200);
    expect(again.body).toMatchObject({ created: false, edition: { id: edition.id } });

    const offers = edition.sections[0].items;
    const reordered = await e2e
      .http()
      .post(`/api/bulletin/editions/${edition.id}/reorder`)
      .set('Authorization', e2e.tutor.auth)
      .send({ section: 'OPEN_MARKET', itemId: offers[1].id, toIndex: 0 })
      .expect(200);
    expect(reordered.body.sections[0].items.map((i: { title: string }) => i.title)).toEqual([
      'Addetta alle pulizie',
      'Aiuto cuoco',
    ]);
    expectProblem(
      await e2e
        .http()
        .post(`/api/bulletin/editions/${edition.id}/reorder`)
        .set('Authorization', e2e.tutor.auth)
        .send({ section: 'OPEN_MARKET', itemId: offers[1].id, toIndex: 5 }),
      422,
      'INVALID_POSITION',
    );
    await e2e
      .http()
      .post(`/api/bulletin/editions/${edition.id}/approve`)
      .set('Authorization', e2e.consultant.auth)
      .expect(403);

    await e2e.http().get(`/bollettino/milano-municipio-2/${week}`).expect(404);
    expectProblem(
      await e2e
        .http()
        .post(`/api/bulletin/editions/${edition.id}/send`)
        .set('Authorization', e2e.tutor.auth),
      409,
      'EDITION_NOT_APPROVED',
    );
    const approved = await e2e
      .http()
      .post(`/api/bulletin/editions/${edition.id}/approve`)
      .set('Authorization', e2e.coordinator.auth)
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      approvedBy: { kind: 'EDITOR', userId: e2e.coordinator.userId },
    });
    expectProblem(
      await e2e
        .http()
        .post(`/api/bulletin/editions/${edition.id}/drop`)
        .set('Authorization', e2e.tutor.auth)
        .send({ section: 'OPEN_MARKET', itemId: offers[0].id }),
      409,
      'EDITION_NOT_EDITABLE',
    );

    const page = await e2e.http().get(`/bollettino/milano-municipio-2/${week}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Addetta alle pulizie');
    expect(page.text).toContain('Sportello casa');
    expect(page.text).not.toContain('Offerta scaduta');
    expect(page.text).not.toMatch(/[\w.-]+@[\w-]+\.[a-z]{2,}/);
    await e2e.http().get(`/bollettino/milano-municipio-2/2026-W99`).expect(400);
    await e2e.http().get(`/bollettino/non-esiste/${week}`).expect(404);
  });
});
