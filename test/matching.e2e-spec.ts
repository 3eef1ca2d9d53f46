import { candidateBody, expectProblem, type TestSession } from '#libs/testing';
import { type MatchingQueue, SweepMatchesUseCase } from '#libs/matching';
import {
  computations,
  type createCompany,
  createMatchingCast,
  type MatchingHarness,
  startMatchingHarness,
  waitForComputations,
} from './support/matching-harness.js';

type Item = {
  vacancy: { id: string };
  score: number;
  isNew: boolean;
  constraints: Array<{ code: string; passed: boolean; detail: string }>;
  factors: Array<{ code: string; points: number }>;
};

describe('matching (e2e)', () => {
  let h: MatchingHarness;
  let tutor: TestSession;
  let otherTutor: TestSession;
  let consultant: TestSession;
  let foreignTutor: TestSession;
  let company: Awaited<ReturnType<typeof createCompany>>;
  const ids: Record<string, string> = {};

  const post = (session: TestSession, path: string, body: object) =>
    h.http().post(path).set('Authorization', session.auth).send(body);
  const get = (session: TestSession, path: string) =>
    h.http().get(path).set('Authorization', session.auth);
  const matchesOf = async (session: TestSession, candidate: string, query = '') => {
    const response = await get(session, `/api/candidates/${candidate}/matches${query}`).expect(200);
    return response.body as { items: Item[]; newSinceLastVisit: number };
  };

  beforeAll(async () => {
    h = await startMatchingHarness('matching', { worker: true });
    ({ tutor, otherTutor, consultant, foreignTutor, company } = await createMatchingCast(h));

    const candidates = {
      mother: candidateBody(),
      eligible: candidateBody({
        firstName: 'Luca',
        email: null,
        availability: null,
        targetGroups: ['DISABILITY_L68'],
        sensitive: { l68: { category: 'DISABILITY', percent: 60, registeredInList: true } },
      }),
      plain: candidateBody({ firstName: 'Sara', email: null, availability: null }),
    };
    for (const [key, body] of Object.entries(candidates)) {
      ids[key] = (await post(tutor, '/api/candidates', body).expect(201)).body.id;
    }
    const vacancies = {
      day: company.vacancy(),
      evening: company.vacancy({
        title: 'Pulizie serali',
        shifts: [1, 2, 3, 4, 5].map((day) => ({ day, start: '18:30', end: '22:00' })),
      }),
      reserved: company.vacancy({ title: 'Posto riservato', reservedL68: 'DISABILITY' }),
    };
    for (const [key, body] of Object.entries(vacancies)) {
      ids[key] = (await post(consultant, '/api/vacancies', body).expect(201)).body.id;
    }
    for (const key of ['mother', 'eligible', 'plain'])
      await waitForComputations(h.db, 'candidate', ids[key], 1);
    for (const key of ['day', 'evening', 'reserved'])
      await waitForComputations(h.db, 'vacancy', ids[key], 1);
  }, 60_000);
  afterAll(() => h?.close());

  it('lists the vacancies that fit, best first, with the reasons of each', async () => {
    const list = await matchesOf(tutor, ids.plain);
    expect(list.items.map((item) => item.vacancy.id).sort()).toEqual([ids.day, ids.evening].sort());
    const [first] = list.items;
    expect(first.score).toBeGreaterThan(0);
    expect(first.constraints.every((constraint) => constraint.passed)).toBe(true);
    expect(first.factors.reduce((sum, factor) => sum + factor.points, 0)).toBeCloseTo(
      first.score,
      1,
    );
    expect(list.items[0].score).toBeGreaterThanOrEqual(list.items[1].score);
  });

  it('never gives a mother on school hours an evening shift, and says why', async () => {
    const list = await matchesOf(tutor, ids.mother);
    expect(list.items.map((item) => item.vacancy.id)).toEqual([ids.day]);
    const why = await get(tutor, `/api/candidates/${ids.mother}/matches/${ids.evening}`).expect(
      200,
    );
    expect(why.body.possible).toBe(false);
    const schedule = why.body.constraints.find((c: { code: string }) => c.code === 'SCHEDULE');
    expect(schedule).toEqual(expect.objectContaining({ passed: false }));
    expect(schedule.detail).toMatch(/fuori dalle disponibilità/);
  });

  it('keeps a person within her most hours a week, and says why', async () => {
    const patch = (body: object) =>
      h.http().patch(`/api/candidates/${ids.mother}`).set('Authorization', tutor.auth).send(body);
    expectProblem(await patch({ maxWeeklyHours: 61 }), 400, 'VALIDATION_FAILED');
    const before = await computations(h.db, 'candidate', ids.mother);
    expect((await patch({ maxWeeklyHours: 20 }).expect(200)).body.maxWeeklyHours).toBe(20);
    await waitForComputations(h.db, 'candidate', ids.mother, before + 1);
    const fullTime = (
      await post(
        consultant,
        '/api/vacancies',
        company.vacancy({ title: 'Tempo pieno', weeklyHours: 30 }),
      ).expect(201)
    ).body.id;
    await waitForComputations(h.db, 'vacancy', fullTime, 1);
    const list = await matchesOf(tutor, ids.mother);
    expect(list.items.map((item) => item.vacancy.id)).toEqual([ids.day]);
    const why = await get(tutor, `/api/candidates/${ids.mother}/matches/${fullTime}`).expect(200);
    expect(why.body.possible).toBe(false);
    expect(why.body.constraints.filter((c: { passed: boolean }) => !c.passed)).toEqual([
      expect.objectContaining({
        code: 'WEEKLY_HOURS',
        detail: 'La posizione richiede 30 ore settimanali, la persona al massimo 20',
      }),
    ]);
    await post(consultant, `/api/vacancies/${fullTime}/archive`, {}).expect(200);
  });

  describe('a vacancy past its expiry date', () => {
    let expiring: string;
    const requested: Array<{ subjectType: string; id: string }> = [];
    let sweep: SweepMatchesUseCase;

    beforeAll(async () => {
      expiring = (
        await post(consultant, '/api/vacancies', company.vacancy({ title: 'In scadenza' })).expect(
          201,
        )
      ).body.id;
      await waitForComputations(h.db, 'vacancy', expiring, 1);
      sweep = new SweepMatchesUseCase(h.db, {
        requestMany: async (subjects: Array<{ subjectType: string; id: string }>) => {
          requested.push(...subjects);
        },
      } as unknown as MatchingQueue);
      expect((await matchesOf(tutor, ids.plain)).items.map((item) => item.vacancy.id)).toContain(
        expiring,
      );
      // Never computed (as after a bulk load): the nightly sweep asks for it while it is open.
      await h.db.query(`DELETE FROM match_subjects WHERE subject_id = $1`, [expiring]);
      await sweep.execute('nightly');
      expect(requested.map((subject) => subject.id)).toContain(expiring);
      requested.length = 0;
      // Expired two days ago, with nothing recomputing it before the nightly sweep.
      await h.db.query(
        `UPDATE vacancies SET published_at = (now() AT TIME ZONE 'Europe/Rome')::date - 10,
                expires_at = (now() AT TIME ZONE 'Europe/Rome')::date - 2 WHERE id = $1`,
        [expiring],
      );
    });

    it('leaves the candidate’s list at once', async () => {
      const list = await matchesOf(tutor, ids.plain);
      expect(list.items.map((item) => item.vacancy.id)).not.toContain(expiring);
    });

    it('is explained as no longer open', async () => {
      const why = await get(tutor, `/api/candidates/${ids.plain}/matches/${expiring}`).expect(200);
      expect(why.body.vacancyOpen).toBe(false);
    });

    it('loses its stored pairs at the nightly sweep, which does not compute it again', async () => {
      expect((await sweep.execute('nightly')).removed).toBeGreaterThan(0);
      expect(requested.map((subject) => subject.id)).not.toContain(expiring);
      const [{ count }] = await h.db.query(
        `SELECT count(*)::int AS count FROM matches WHERE vacancy_id = $1`,
        [expiring],
      );
      expect(count).toBe(0);
    });
  });

  it('matches a Law 68 vacancy only with people registered for it, and keeps that from readers off the case', async () => {
    const forCoordinator = await get(tutor, `/api/vacancies/${ids.reserved}/matches`).expect(200);
    expect(
      forCoordinator.body.items.map((item: { candidate: { id: string } }) => item.candidate.id),
    ).toEqual([ids.eligible]);
    const l68 = forCoordinator.body.items[0].constraints.find(
      (c: { code: string }) => c.code === 'L68_RESERVATION',
    );
    expect(l68.detail).toMatch(/collocamento mirato/);

    const forConsultant = await get(consultant, `/api/vacancies/${ids.reserved}/matches`).expect(
      200,
    );
    expect(forConsultant.body).toEqual(expect.objectContaining({ items: [] }));
    // Issue 12, defect 2: a count of withheld pairs would tell that someone is registered.
    expect(forConsultant.body).not.toHaveProperty('withheld');
    const eligibleForOther = await matchesOf(otherTutor, ids.eligible);
    expect(eligibleForOther.items.map((item) => item.vacancy.id)).not.toContain(ids.reserved);
    expect(eligibleForOther).not.toHaveProperty('withheld');
    expect(JSON.stringify(eligibleForOther)).not.toMatch(/collocamento mirato/);
    expectProblem(
      await get(consultant, `/api/candidates/${ids.eligible}/matches/${ids.reserved}`),
      403,
      'NOT_ON_CASE',
    );

    const forTutor = await matchesOf(tutor, ids.eligible, '?law68=true');
    expect(forTutor.items.map((item) => item.vacancy.id)).toEqual([ids.reserved]);
  });

  it('counts only matches that are new since my last visit', async () => {
    await matchesOf(tutor, ids.plain);
    expect((await matchesOf(tutor, ids.plain)).newSinceLastVisit).toBe(0);
    const fresh = (
      await post(consultant, '/api/vacancies', company.vacancy({ title: 'Nuova offerta' })).expect(
        201,
      )
    ).body.id;
    await waitForComputations(h.db, 'vacancy', fresh, 1);
    const list = await matchesOf(tutor, ids.plain);
    expect(list.newSinceLastVisit).toBe(1);
    expect(list.items.find((item) => item.isNew)?.vacancy.id).toBe(fresh);
  });

  it('folds ten quick edits into one recomputation, and the newest data wins', async () => {
    const before = await computations(h.db, 'candidate', ids.plain);
    for (let i = 0; i < 9; i += 1) {
      await h
        .http()
        .patch(`/api/candidates/${ids.plain}`)
        .set('Authorization', tutor.auth)
        .send({ maxTravelKm: 10 + i })
        .expect(200);
    }
    await h
      .http()
      .patch(`/api/candidates/${ids.plain}`)
      .set('Authorization', tutor.auth)
      .send({ availability: [1, 2, 3, 4, 5].map((day) => ({ day, start: '18:00', end: '23:00' })) })
      .expect(200);
    await waitForComputations(h.db, 'candidate', ids.plain, before + 1);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await computations(h.db, 'candidate', ids.plain)).toBe(before + 1);
    const list = await matchesOf(tutor, ids.plain);
    expect(list.items.map((item) => item.vacancy.id)).toEqual([ids.evening]);
  });

  it('removes an archived vacancy from every list in the same commit', async () => {
    expect((await matchesOf(tutor, ids.mother)).items.map((item) => item.vacancy.id)).toContain(
      ids.day,
    );
    await post(consultant, `/api/vacancies/${ids.day}/archive`, {}).expect(200);
    const [{ count }] = await h.db.query(
      `SELECT count(*)::int AS count FROM matches WHERE vacancy_id = $1`,
      [ids.day],
    );
    expect(count).toBe(0);
    expect((await matchesOf(tutor, ids.mother)).items.map((item) => item.vacancy.id)).not.toContain(
      ids.day,
    );
    await waitForComputations(h.db, 'vacancy', ids.day, 2);
    const after = await matchesOf(tutor, ids.mother);
    expect(after.items.map((item) => item.vacancy.id)).not.toContain(ids.day);
  });

  it('answers 404 for another organisation and validates the query', async () => {
    expectProblem(await get(foreignTutor, `/api/candidates/${ids.mother}/matches`), 404);
    expectProblem(await get(foreignTutor, `/api/vacancies/${ids.evening}/matches`), 404);
    expectProblem(
      await get(foreignTutor, `/api/candidates/${ids.mother}/matches/${ids.evening}`),
      404,
    );
    expectProblem(
      await get(tutor, `/api/candidates/${ids.mother}/matches?limit=0`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await get(tutor, `/api/candidates/${ids.mother}/matches?contractType=X`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await get(tutor, `/api/candidates/not-a-uuid/matches`), 400);
  });
});
