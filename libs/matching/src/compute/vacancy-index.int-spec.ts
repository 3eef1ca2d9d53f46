import { generateDemoData } from '#libs/demo-data';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { rankVacancies } from '../domain/match-ranking.rules.js';
import type { PossiblePair } from '../domain/match-result.types.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { sharedNetworkVisibility } from '../store/vacancy-visibility.reader.js';
import { FindMatchesForCandidate } from '../use-cases/find-matches-for-candidate.use-case.js';
import { MatchingTaxonomy } from './matching-context.loader.js';
import { VacancyIndexLoader } from './vacancy-index.loader.js';

const TODAY = '2026-03-16';
const config = testConfig(uniqueTestName('matching_vacancy_index'));
let db: DataSource;
const matching = new MatchingTaxonomy();
const context = matching.context(TODAY);

type Subject = { id: string; organisation_id: string };

beforeAll(async () => {
  db = await createTestDatabase(config);
  await generateDemoData(db, {
    seed: 'vacancy-index',
    today: TODAY,
    password: 'password-di-prova-lunga',
    dataCipher: config.dataCipher,
    organisations: 2,
    companies: 60,
    candidates: 300,
    vacancies: 400,
  });
  // Weekly maxima and off-the-quarter availabilities, so that hours and schedule slots are tested too.
  await db.query(`UPDATE candidates SET max_weekly_hours = (ARRAY[12, 18, 20, 24.5, 30])[1 + abs(hashtext(id::text)) % 5]
                   WHERE abs(hashtext(id::text)) % 3 = 0`);
}, 120_000);
afterAll(() => dropTestDatabase(config, db));

const top = (pairs: PossiblePair[]) => pairs.map((p) => [p.vacancyId, p.score, p.summary]);

async function activeCandidates(): Promise<Subject[]> {
  return db.query(
    `SELECT id, organisation_id FROM candidates WHERE archived_at IS NULL AND pathway_status <> 'CLOSED'
      ORDER BY id`,
  );
}

describe('the in-memory vacancy index against the naive path', () => {
  it("gives every candidate the core's own top 50 of its organisation's open vacancies", async () => {
    const reader = new MatchProfilesReader(db);
    const index = await new VacancyIndexLoader(db).current(TODAY);
    const candidates = await activeCandidates();
    let compared = 0;
    let nonEmpty = 0;
    for (const subject of candidates) {
      const candidate = (await reader.candidate(subject.organisation_id, subject.id))!;
      const vacancies = await reader.openVacancies(subject.organisation_id, TODAY);
      const naive = rankVacancies(candidate, vacancies, context, 50);
      const indexed = await index.topFor(candidate, subject.organisation_id, context, 50);
      expect({ candidate: subject.id, top: top(indexed.pairs) }).toEqual({
        candidate: subject.id,
        top: top(naive),
      });
      compared += 1;
      if (naive.length > 0) nonEmpty += 1;
    }
    expect(compared).toBeGreaterThan(200);
    expect(nonEmpty).toBeGreaterThan(50);
  });

  it('gives the same top 20 as the SQL pre-filter path', async () => {
    const index = await new VacancyIndexLoader(db).current(TODAY);
    const reader = new MatchProfilesReader(db);
    const sql = new FindMatchesForCandidate(db, matching);
    for (const subject of (await activeCandidates()).slice(0, 80)) {
      const candidate = (await reader.candidate(subject.organisation_id, subject.id))!;
      const viaSql = await sql.execute({
        organisationId: subject.organisation_id as never,
        id: subject.id,
        limit: 20,
        today: TODAY,
      });
      const indexed = await index.topFor(candidate, subject.organisation_id, context, 20);
      expect(top(indexed.pairs)).toEqual(top(viaSql?.pairs ?? []));
    }
  });

  it('with every vacancy shared in one network, matches the core over all of them', async () => {
    const organisations: Array<{ id: string }> = await db.query(`SELECT id FROM organisations`);
    const loader = new VacancyIndexLoader(
      db,
      sharedNetworkVisibility(organisations.map((o) => o.id)),
    );
    const index = await loader.current(TODAY);
    const reader = new MatchProfilesReader(db);
    const everyVacancy = (
      await Promise.all(organisations.map((o) => reader.openVacancies(o.id, TODAY)))
    ).flat();
    let wider = 0;
    for (const subject of (await activeCandidates()).slice(0, 120)) {
      const candidate = (await reader.candidate(subject.organisation_id, subject.id))!;
      const naive = rankVacancies(candidate, everyVacancy, context, 20);
      const indexed = await index.topFor(candidate, subject.organisation_id, context, 20);
      expect(top(indexed.pairs)).toEqual(top(naive));
      const own = new Set(
        (await reader.openVacancies(subject.organisation_id, TODAY)).map((v) => v.id),
      );
      if (naive.some((pair) => !own.has(pair.vacancyId))) wider += 1;
    }
    expect(wider).toBeGreaterThan(0);
  });
});
