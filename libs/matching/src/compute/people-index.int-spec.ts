import { generateDemoData } from '#libs/demo-data';
import { asOrganisationId } from '#libs/platform';
import { openVacancySql } from '#libs/vacancies';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { rankCandidates } from '../domain/match-ranking.rules.js';
import type { PossiblePair } from '../domain/match-result.types.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { FindMatchesForVacancy } from '../use-cases/find-matches-for-vacancy.use-case.js';
import { MatchingTaxonomy } from './matching-context.loader.js';
import { PeopleIndexLoader } from './people-index.loader.js';
import { INDEX_SYNC_MS } from './vacancy-index.loader.js';

const TODAY = '2026-03-16';
const config = testConfig(uniqueTestName('matching_people_index'));
let db: DataSource;
const matching = new MatchingTaxonomy();
const context = matching.context(TODAY);

type Vacancy = { id: string; organisation_id: string; reserved_l68: string | null };

beforeAll(async () => {
  db = await createTestDatabase(config);
  await generateDemoData(db, {
    seed: 'people-index',
    today: TODAY,
    password: 'password-di-prova-lunga',
    dataCipher: config.dataCipher,
    organisations: 2,
    companies: 60,
    candidates: 400,
    vacancies: 200,
    network: { name: 'Rete di prova', sharedVacancies: 0.5 },
  });
  // Weekly maxima, and people limited to a small circle around home or to their home municipality.
  await db.query(`UPDATE candidates SET max_weekly_hours = (ARRAY[12, 20, 30])[1 + abs(hashtext(id::text)) % 3]
                   WHERE abs(hashtext(id::text)) % 3 = 0`);
  await db.query(`UPDATE candidates c SET allowed_area = CASE WHEN abs(hashtext(c.id::text)) % 2 = 0
      THEN jsonb_build_object('lat', c.home_lat, 'lng', c.home_lng, 'radiusKm', 4)
      ELSE jsonb_build_object('municipalityCodes', (SELECT jsonb_agg(v.municipality_code) FROM
        (SELECT municipality_code FROM vacancies ORDER BY cube_distance(match_site, c.match_home) LIMIT 3) v)) END
   WHERE abs(hashtext(c.id::text || 'area')) % 5 = 0`);
}, 120_000);
afterAll(() => dropTestDatabase(config, db));

const top = (pairs: PossiblePair[]) => pairs.map((p) => [p.candidateId, p.score, p.summary]);

async function openVacancies(): Promise<Vacancy[]> {
  return db.query(
    `SELECT id, organisation_id, reserved_l68 FROM vacancies v
      WHERE ${openVacancySql('v', '$1::date')} ORDER BY id`,
    [TODAY],
  );
}

async function vacancyTop(find: FindMatchesForVacancy, vacancy: Vacancy, limit = 50) {
  const result = await find.execute({
    organisationId: asOrganisationId(vacancy.organisation_id),
    id: vacancy.id,
    limit,
    today: TODAY,
  });
  return result!;
}

describe("the worker's in-memory people index", () => {
  it("gives every open vacancy the core's own top 50 of the people of the organisations that see it, and the reverse query's", async () => {
    const reader = new MatchProfilesReader(db);
    const people = new PeopleIndexLoader(db);
    const viaIndex = new FindMatchesForVacancy(db, matching, people);
    const viaSql = new FindMatchesForVacancy(db, matching);
    let nonEmpty = 0;
    let reserved = 0;
    let otherOrganisation = 0;
    const vacancies = await openVacancies();
    for (const vacancy of vacancies) {
      const everyone = await reader.activeCandidatesSeeing(vacancy.id);
      const naive = rankCandidates(
        (await reader.vacancy(vacancy.organisation_id, vacancy.id))!,
        everyone,
        context,
        50,
      );
      const indexed = await vacancyTop(viaIndex, vacancy);
      expect({ vacancy: vacancy.id, top: top(indexed.pairs) }).toEqual({
        vacancy: vacancy.id,
        top: top(naive),
      });
      expect(top(indexed.pairs)).toEqual(top((await vacancyTop(viaSql, vacancy)).pairs));
      if (naive.length > 0) nonEmpty += 1;
      if (naive.length > 0 && vacancy.reserved_l68) reserved += 1;
      const own = new Set(
        (
          (await db.query(`SELECT id FROM candidates WHERE organisation_id = $1`, [
            vacancy.organisation_id,
          ])) as Array<{ id: string }>
        ).map((row) => row.id),
      );
      if (naive.some((pair) => !own.has(pair.candidateId))) otherOrganisation += 1;
    }
    expect(vacancies.length).toBeGreaterThan(100);
    expect(nonEmpty).toBeGreaterThan(50);
    // The cases under test occur: reserved vacancies with registered people, shared vacancies
    // reaching the other organisation's people.
    expect(reserved).toBeGreaterThan(0);
    expect(otherOrganisation).toBeGreaterThan(0);
  });

  it('finds only people registered in the category of a reserved vacancy, read from the blind index', async () => {
    const people = new PeopleIndexLoader(db);
    const reader = new MatchProfilesReader(db);
    const vacancies = (await openVacancies()).filter((v) => v.reserved_l68 !== null);
    expect(vacancies.length).toBeGreaterThan(0);
    let found = 0;
    for (const vacancy of vacancies) {
      const profile = (await reader.vacancy(vacancy.organisation_id, vacancy.id))!;
      const rows = await people.reach(profile, context);
      const registered = await reader.candidatesSeeing(
        vacancy.id,
        rows.map((row) => row.id),
      );
      for (const person of registered)
        expect(person.l68Registration?.category).toBe(vacancy.reserved_l68);
      expect(registered.length).toBe(rows.length);
      // Without the reservation, the same site reaches more people.
      const open = await people.reach({ ...profile, reservedL68: null }, context);
      expect(open.length).toBeGreaterThan(rows.length);
      found += rows.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('follows the people table: a closed case and a move leave the reach on the next poll, a recomputed person at once', async () => {
    const reader = new MatchProfilesReader(db);
    const people = new PeopleIndexLoader(db);
    const viaIndex = new FindMatchesForVacancy(db, matching, people);
    const vacancies = (await openVacancies()).filter((v) => v.reserved_l68 === null);
    let vacancy: Vacancy | undefined;
    let pairs: PossiblePair[] = [];
    for (vacancy of vacancies) {
      pairs = (await vacancyTop(viaIndex, vacancy)).pairs;
      if (pairs.length >= 3) break;
    }
    const [first, second, third] = pairs.map((pair) => pair.candidateId);
    const profile = (await reader.vacancy(vacancy!.organisation_id, vacancy!.id))!;
    const inReach = async () => (await people.reach(profile, context)).map((row) => row.id);
    expect(await inReach()).toEqual(expect.arrayContaining([first, second, third]));

    // What the API does: the case is closed, the other moves 80 km away (updated_at set by TypeORM).
    await db.query(
      `UPDATE candidates SET pathway_status = 'CLOSED', updated_at = now() WHERE id = $1`,
      [first],
    );
    await db.query(
      `UPDATE candidates SET home_lat = home_lat + 0.72, updated_at = now() WHERE id = $1`,
      [second],
    );
    await new Promise((resolve) => setTimeout(resolve, INDEX_SYNC_MS + 50));
    const after = await inReach();
    expect(after).not.toContain(first);
    expect(after).not.toContain(second);
    expect(after).toContain(third);
    expect((await people.current()).has(first)).toBe(false);
    const { pairs: now } = await vacancyTop(viaIndex, vacancy!);
    expect(now.map((pair) => pair.candidateId)).not.toContain(first);

    // The job recomputing a person refreshes it at once, whatever the last poll saw.
    await people.current();
    await db.query(`UPDATE candidates SET pathway_status = 'IN_CHARGE' WHERE id = $1`, [first]);
    expect(await inReach()).not.toContain(first);
    await people.refresh([first]);
    expect(await inReach()).toContain(first);
  });
});
