import { pairTieKey } from '#libs/matching';
import { candidateBody, expectProblem, type TestSession, waitFor } from '#libs/testing';
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
  constraints: Array<{ code: string; passed: boolean; detail: string }>;
  factors: Array<{ code: string; points: number; detail: string }>;
};
type PersonItem = Omit<Item, 'vacancy'> & { candidate: { id: string } };

const LODI = '098031';
const MILANO = '015146';

/**
 * Matching quality with the real worker: fair share reaching the stored lists after proposals, and
 * allowed areas by municipality from the API to the lists.
 */
describe('matching quality (e2e)', () => {
  let h: MatchingHarness;
  let tutor: TestSession;
  let consultant: TestSession;
  let company: Awaited<ReturnType<typeof createCompany>>;
  const people: string[] = [];
  const vacancies: string[] = [];

  const post = (session: TestSession, path: string, body: object) =>
    h.http().post(path).set('Authorization', session.auth).send(body);
  const patch = (session: TestSession, path: string, body: object) =>
    h.http().patch(path).set('Authorization', session.auth).send(body);
  const get = (session: TestSession, path: string) =>
    h.http().get(path).set('Authorization', session.auth);
  const listOf = async (person: string): Promise<Item[]> =>
    (await get(tutor, `/api/candidates/${person}/matches`).expect(200)).body.items;

  beforeAll(async () => {
    h = await startMatchingHarness('matching_quality', { worker: true });
    ({ tutor, consultant, company } = await createMatchingCast(h));
    // Four people and three vacancies alike in everything: every pair scores the same.
    for (let i = 0; i < 4; i += 1) {
      const body = candidateBody({ firstName: `Persona${i}`, email: null, availability: null });
      people.push((await post(tutor, '/api/candidates', body).expect(201)).body.id);
    }
    for (let i = 0; i < 3; i += 1) {
      const body = company.vacancy({ title: `Pulizie ${i}` });
      vacancies.push((await post(consultant, '/api/vacancies', body).expect(201)).body.id);
    }
    for (const id of people) await waitForComputations(h.db, 'candidate', id, 1);
    for (const id of vacancies) await waitForComputations(h.db, 'vacancy', id, 1);
  }, 90_000);
  afterAll(() => h?.close());

  describe('fair share in the stored lists', () => {
    it('starts with equal scores, each list in its own order (not every person given the same vacancy on top)', async () => {
      const lists = await Promise.all(people.map(listOf));
      const scores = new Set(lists.flatMap((items) => items.map((item) => item.score)));
      expect(lists.every((items) => items.length === vacancies.length)).toBe(true);
      expect(scores.size).toBe(1);
      // Equal scores follow the pair's stable hash, person by person, not the vacancies' ids.
      people.forEach((person, index) => {
        const byHash = [...vacancies].sort((a, b) =>
          pairTieKey(person, a) < pairTieKey(person, b) ? -1 : 1,
        );
        expect(lists[index].map((item) => item.vacancy.id)).toEqual(byHash);
      });
    });

    it('re-ranks the lists of the other people within seconds of the proposals', async () => {
      const [observer, ...proposed] = people;
      const crowded = (await listOf(observer))[0].vacancy.id;
      for (const person of proposed.slice(0, 2)) {
        await post(tutor, '/api/proposals', { candidateId: person, vacancyId: crowded }).expect(
          201,
        );
      }
      // No recomputation of anyone was asked: only the fair-share re-rank moves the lists.
      const items = await waitFor(
        () => listOf(observer),
        (list) => list[0].vacancy.id !== crowded,
        10_000,
      );
      expect(items.at(-1)!.vacancy.id).toBe(crowded);
      const stored = items.find((item) => item.vacancy.id === crowded)!;
      expect(stored.factors.find((factor) => factor.code === 'FAIR_SHARE')!.detail).toBe(
        'Già proposta di recente ad altre 2 persone',
      );
      // The live "why" of the pair and the stored list agree.
      const why = await get(tutor, `/api/candidates/${observer}/matches/${crowded}`).expect(200);
      expect(why.body.score).toBe(stored.score);
      expect(why.body.factors).toEqual(stored.factors);

      // A person's own proposal does not count against the vacancy in their own list.
      const [first] = proposed;
      const own = (await listOf(first)).find((item) => item.vacancy.id === crowded)!;
      expect(own.factors.find((factor) => factor.code === 'FAIR_SHARE')!.detail).toBe(
        "Già proposta di recente a un'altra persona",
      );
      expect(own.score).toBeGreaterThan(stored.score);

      // The vacancy's own list is re-ranked too: the people not proposed yet come last.
      const forVacancy: PersonItem[] = (
        await get(consultant, `/api/vacancies/${crowded}/matches`).expect(200)
      ).body.items;
      const order = forVacancy.map((item) => item.candidate.id);
      expect(order.slice(0, 2).sort()).toEqual(proposed.slice(0, 2).sort());
    });

    it('re-ranks again when a proposal is withdrawn', async () => {
      const [observer, person] = people;
      const proposals = (await get(tutor, `/api/candidates/${person}/proposals`).expect(200)).body;
      const proposal = proposals.items[0];
      const crowded = proposal.vacancyId;
      const before = (await listOf(observer)).find((item) => item.vacancy.id === crowded)!;
      await post(tutor, `/api/proposals/${proposal.id}/transitions`, {
        to: 'WITHDRAWN_BY_CANDIDATE',
      }).expect(200);
      const after = await waitFor(
        async () => (await listOf(observer)).find((item) => item.vacancy.id === crowded)!,
        (item) => item.score > before.score,
        10_000,
      );
      expect(after.factors.find((factor) => factor.code === 'FAIR_SHARE')!.detail).toBe(
        "Già proposta di recente a un'altra persona",
      );
    });
  });

  describe('allowed area by municipality', () => {
    it('refuses an unknown ISTAT code with a 400 in Italian and changes nothing', async () => {
      const person = people[3];
      const response = await patch(tutor, `/api/candidates/${person}`, {
        allowedArea: { municipalityCodes: [LODI, '999999'] },
      });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(JSON.stringify(problem)).toMatch(/comune sconosciuto/);
      const record = (await get(tutor, `/api/candidates/${person}`).expect(200)).body;
      expect(record.allowedArea).toBeNull();
      expectProblem(
        await patch(tutor, `/api/candidates/${person}`, { allowedArea: { radiusKm: 5 } }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('never gives a person limited to Lodi a vacancy in Milano next door', async () => {
      const person = people[3];
      const computed = await computations(h.db, 'candidate', person);
      await patch(tutor, `/api/candidates/${person}`, {
        allowedArea: { municipalityCodes: [LODI] },
      }).expect(200);
      await waitForComputations(h.db, 'candidate', person, computed + 1);
      expect(await listOf(person)).toEqual([]);
      const why = await get(tutor, `/api/candidates/${person}/matches/${vacancies[0]}`).expect(200);
      const area = why.body.constraints.find((c: { code: string }) => c.code === 'ALLOWED_AREA');
      expect(area).toEqual(
        expect.objectContaining({
          passed: false,
          detail: 'La sede è a Milano, fuori dai comuni consentiti (Lodi)',
        }),
      );
    });

    it('lets the same person work in Milano once it is allowed, and tells a consultant only that it holds', async () => {
      const person = people[3];
      const computed = await computations(h.db, 'candidate', person);
      await patch(tutor, `/api/candidates/${person}`, {
        allowedArea: { municipalityCodes: [LODI, MILANO] },
      }).expect(200);
      await waitForComputations(h.db, 'candidate', person, computed + 1);
      const items = await listOf(person);
      expect(items.length).toBe(vacancies.length);
      const area = items[0].constraints.find((c) => c.code === 'ALLOWED_AREA')!;
      expect(area.detail).toBe('La sede è a Milano, tra i comuni consentiti');

      await waitFor(
        async () =>
          (await get(consultant, `/api/vacancies/${vacancies[0]}/matches`).expect(200)).body
            .items as PersonItem[],
        (list) => list.some((item) => item.candidate.id === person),
        10_000,
      );
      const seen = (await get(consultant, `/api/vacancies/${vacancies[0]}/matches`).expect(200))
        .body.items as PersonItem[];
      const forConsultant = seen.find((item) => item.candidate.id === person)!;
      const text = JSON.stringify(forConsultant);
      expect(text).not.toMatch(/Lodi|comuni consentiti|098031/);
      expect(forConsultant.constraints.find((c) => c.code === 'ALLOWED_AREA')!.detail).toMatch(
        /^Requisito verificato/,
      );
    });
  });
});
