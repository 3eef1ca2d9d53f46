import {
  compositionScheduledAt,
  nextWeek,
  previousWeek,
  weekBounds,
  weekKeyOf,
} from '#libs/bulletin';
import { dayInRome as dayOf } from '#libs/kernel';
import { expectProblem } from '#libs/testing';
import { seedVacancy } from '../libs/bulletin/src/testing/bulletin.fixtures.js';
import {
  type BulletinE2e,
  dayInRome,
  MUNICIPIO_2,
  startBulletinE2e,
} from './support/bulletin/bulletin-e2e.js';

const DAY_MS = 86_400_000;

interface EditionBody {
  id: string;
  weekKey: string;
  composedAt: string;
  sections: { code: string; items: { title: string }[] }[];
}

/**
 * Which weeks an editor may compose, and what an edition reads: this week's and next week's with
 * what is open in that week, a past week's only on purpose (re-issued), as the records stood then.
 */
describe('bulletin weeks (e2e)', () => {
  let e2e: BulletinE2e;
  let areaId: string;
  const week = weekKeyOf(new Date());
  const past = previousWeek(previousWeek(week));
  /** Monday 08:00 of the past week: when the scheduler would have composed it. */
  const pastComposition = compositionScheduledAt(past);
  const beforePast = new Date(weekBounds(past).start.getTime() - 3 * DAY_MS);

  beforeAll(async () => {
    e2e = await startBulletinE2e('bulletin_weeks');
    const db = e2e.api.db;
    const area = await e2e
      .http()
      .post('/api/bulletin/areas')
      .set('Authorization', e2e.tutor.auth)
      .send(MUNICIPIO_2)
      .expect(201);
    areaId = area.body.id;

    // Open in the past week, closed since.
    const closedSince = await seedVacancy(db, e2e.owner, {
      title: 'Magazziniere, chiusa oggi',
      publishedOn: dayOf(beforePast),
    });
    // A draft in the past week, published (opened) only later.
    const draftThen = await seedVacancy(db, e2e.owner, {
      title: 'Bozza di allora',
      publishedOn: dayOf(beforePast),
      status: 'DRAFT',
    });
    await db.query(`UPDATE vacancies SET created_at = $2 WHERE id = ANY ($1)`, [
      [closedSince, draftThen],
      beforePast,
    ]);
    await db.query(
      `UPDATE vacancy_status_changes SET changed_at = $2 WHERE vacancy_id = ANY ($1)`,
      [[closedSince, draftThen], beforePast],
    );
    await db.query(`UPDATE vacancies SET status = 'CLOSED' WHERE id = $1`, [closedSince]);
    await db.query(`UPDATE vacancies SET status = 'OPEN' WHERE id = $1`, [draftThen]);

    await seedVacancy(db, e2e.owner, {
      title: 'Aiuto cuoco, di questi giorni',
      publishedOn: dayInRome(-2),
    });
    await seedVacancy(db, e2e.owner, {
      title: 'Panetteria sotto casa, scade oggi',
      publishedOn: dayInRome(-4),
      expiresOn: dayInRome(0),
      kmZero: true,
    });
    await seedVacancy(db, e2e.owner, {
      title: 'Lavanderia sotto casa',
      publishedOn: dayInRome(-4),
      kmZero: true,
    });
    await e2e
      .http()
      .post('/api/bulletin/contents')
      .set('Authorization', e2e.tutor.auth)
      .send({
        kind: 'ITALIAN_COURSE',
        title: 'Italiano A2, iscrizioni aperte ora',
        provider: 'CPIA 5',
        municipalityCode: '015146',
        cefrLevel: 'A2',
        hours: 60,
        schedule: [{ day: 2, start: '09:00', end: '11:30' }],
        free: true,
      })
      .expect(201);
  });
  afterAll(() => e2e?.close());

  const compose = (body: object) =>
    e2e
      .http()
      .post(`/api/bulletin/areas/${areaId}/editions`)
      .set('Authorization', e2e.tutor.auth)
      .send(body);

  const titles = (edition: EditionBody, code: string) =>
    edition.sections.find((section) => section.code === code)!.items.map((item) => item.title);

  async function editionCount(): Promise<number> {
    const [row] = await e2e.api.db.query(
      `SELECT count(*)::int AS n FROM bulletin_editions WHERE area_id = $1`,
      [areaId],
    );
    return row.n;
  }

  it('refuses a past week without the re-issue override, and any week after the next', async () => {
    const pastWeek = expectProblem(await compose({ weekKey: past }), 422, 'WEEK_NOT_COMPOSABLE');
    expect(pastWeek.detail).toContain('reissue');
    const later = nextWeek(nextWeek(week));
    const tooFar = expectProblem(await compose({ weekKey: later }), 422, 'WEEK_NOT_COMPOSABLE');
    expect(tooFar.detail).toContain(week);
    expectProblem(await compose({ weekKey: week, reissue: 'sì' }), 400);
    expect(await editionCount()).toBe(0);
  });

  it('re-issues a past week with the offers and contents of that week', async () => {
    const response = await compose({ weekKey: past, reissue: true }).expect(200);
    const edition: EditionBody = response.body.edition;
    expect(response.body.created).toBe(true);
    expect(edition.weekKey).toBe(past);
    expect(new Date(edition.composedAt).toISOString()).toBe(pastComposition.toISOString());
    expect(titles(edition, 'OPEN_MARKET')).toEqual(['Magazziniere, chiusa oggi']);
    expect(titles(edition, 'KM_ZERO')).toEqual([]);
    expect(titles(edition, 'ITALIAN_COURSES')).toEqual([]);
  });

  it("composes this week's edition with what is open today", async () => {
    const { body } = await compose({}).expect(200);
    const edition: EditionBody = body.edition;
    expect(edition.weekKey).toBe(week);
    expect(titles(edition, 'OPEN_MARKET')).toContain('Aiuto cuoco, di questi giorni');
    expect(titles(edition, 'OPEN_MARKET')).not.toContain('Magazziniere, chiusa oggi');
    expect(titles(edition, 'KM_ZERO').sort()).toEqual([
      'Lavanderia sotto casa',
      'Panetteria sotto casa, scade oggi',
    ]);
    expect(titles(edition, 'ITALIAN_COURSES')).toEqual(['Italiano A2, iscrizioni aperte ora']);
  });

  it("composes next week's edition only with what is still open on its Monday", async () => {
    const { body } = await compose({ weekKey: nextWeek(week) }).expect(200);
    const edition: EditionBody = body.edition;
    expect(titles(edition, 'KM_ZERO')).toEqual(['Lavanderia sotto casa']);
    expect(titles(edition, 'ITALIAN_COURSES')).toEqual(['Italiano A2, iscrizioni aperte ora']);
    expect(await editionCount()).toBe(3);
  });

  it('keeps the status history of every vacancy, whatever path writes it', async () => {
    const rows: { title: string; statuses: string[] }[] = await e2e.api.db.query(
      `SELECT v.title, array_agg(h.status ORDER BY h.changed_at, h.id) AS statuses
         FROM vacancies v JOIN vacancy_status_changes h ON h.vacancy_id = v.id
        WHERE v.title IN ('Magazziniere, chiusa oggi', 'Bozza di allora')
        GROUP BY v.title ORDER BY v.title`,
    );
    expect(rows).toEqual([
      { title: 'Bozza di allora', statuses: ['DRAFT', 'OPEN'] },
      { title: 'Magazziniere, chiusa oggi', statuses: ['OPEN', 'CLOSED'] },
    ]);
  });
});
