import { generateDemoData } from '#libs/demo-data';
import { openVacancySql } from '#libs/vacancies';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { rankVacancies } from '../domain/match-ranking.rules.js';
import type { PossiblePair } from '../domain/match-result.types.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { FindMatchesForCandidate } from '../use-cases/find-matches-for-candidate.use-case.js';
import { MatchingTaxonomy } from './matching-context.loader.js';
import { INDEX_SYNC_MS, VacancyIndexLoader } from './vacancy-index.loader.js';

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
    // Half of each organisation's vacancies published to one network of both.
    network: { name: 'Rete di prova', sharedVacancies: 0.5 },
  });
  // Weekly maxima and off-the-quarter availabilities, so that hours and schedule slots are tested too.
  await db.query(`UPDATE candidates SET max_weekly_hours = (ARRAY[12, 18, 20, 24.5, 30])[1 + abs(hashtext(id::text)) % 5]
                   WHERE abs(hashtext(id::text)) % 3 = 0`);
  // People limited to municipalities (ISTAT codes): those of the five vacancies nearest home, alone
  // for some, beside a small circle around home for others (a site in either is allowed).
  await db.query(`UPDATE candidates c SET allowed_area = (
      SELECT CASE WHEN abs(hashtext(c.id::text)) % 2 = 0
        THEN jsonb_build_object('municipalityCodes', near.codes)
        ELSE jsonb_build_object('lat', c.home_lat, 'lng', c.home_lng, 'radiusKm', 1.5,
                                'municipalityCodes', near.codes) END
        FROM (SELECT jsonb_agg(DISTINCT n.municipality_code) AS codes
                FROM (SELECT v.municipality_code FROM vacancies v
                       ORDER BY cube_distance(v.match_site, c.match_home) LIMIT 5) n) near)
   WHERE abs(hashtext(c.id::text || 'comuni')) % 4 = 0`);
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
  it("gives every candidate the core's own top 50 of the open vacancies its organisation sees (its own and the network's), people limited to municipalities included", async () => {
    const reader = new MatchProfilesReader(db);
    const index = await new VacancyIndexLoader(db).current(TODAY);
    const candidates = await activeCandidates();
    let compared = 0;
    let nonEmpty = 0;
    let limitedNonEmpty = 0;
    let shared = 0;
    const limited = new Set(
      (
        (await db.query(
          `SELECT id FROM candidates WHERE allowed_area ? 'municipalityCodes'`,
        )) as Array<{ id: string }>
      ).map((row) => row.id),
    );
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
      if (naive.length > 0 && limited.has(subject.id)) limitedNonEmpty += 1;
      shared += naive.filter(
        (pair) => index.get(pair.vacancyId)?.organisationId !== subject.organisation_id,
      ).length;
    }
    expect(compared).toBeGreaterThan(200);
    expect(nonEmpty).toBeGreaterThan(50);
    // The cases under test do occur: people limited to municipalities with vacancies in them, and
    // vacancies of the other organisation in people's lists through the network.
    expect(limitedNonEmpty).toBeGreaterThan(5);
    expect(shared).toBeGreaterThan(0);
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

  it('with every vacancy shared in the network, matches the core over all of them; a withdrawal leaves the other organisation at once', async () => {
    const [network]: Array<{ id: string }> = await db.query(`SELECT id FROM networks`);
    await db.query(
      `INSERT INTO vacancy_networks (vacancy_id, network_id) SELECT id, $1 FROM vacancies
       ON CONFLICT DO NOTHING`,
      [network.id],
    );
    const organisations: Array<{ id: string }> = await db.query(`SELECT id FROM organisations`);
    const loader = new VacancyIndexLoader(db);
    const index = await loader.current(TODAY);
    const reader = new MatchProfilesReader(db);
    const everyVacancy = (
      await Promise.all(organisations.map((o) => reader.openVacancies(o.id, TODAY)))
    ).flat();
    const byId = new Map(everyVacancy.map((v) => [v.id, v]));
    let wider = 0;
    let withdrawn: { vacancyId: string; subject: Subject } | null = null;
    for (const subject of (await activeCandidates()).slice(0, 120)) {
      const candidate = (await reader.candidate(subject.organisation_id, subject.id))!;
      const naive = rankVacancies(candidate, [...byId.values()], context, 20);
      const indexed = await index.topFor(candidate, subject.organisation_id, context, 20);
      expect(top(indexed.pairs)).toEqual(top(naive));
      const other = naive.find(
        (pair) => index.get(pair.vacancyId)!.organisationId !== subject.organisation_id,
      );
      if (other) {
        wider += 1;
        withdrawn ??= { vacancyId: other.vacancyId, subject };
      }
    }
    expect(wider).toBeGreaterThan(0);

    // Withdrawn from the network: the vacancy's recompute job refreshes it in the index
    // (loader.refresh), and the other organisation's people no longer get it.
    const { vacancyId, subject } = withdrawn!;
    await db.query(`DELETE FROM vacancy_networks WHERE vacancy_id = $1`, [vacancyId]);
    await loader.refresh([vacancyId], TODAY);
    const after = await loader.current(TODAY);
    expect(after.get(vacancyId)!.visibleTo.has(subject.organisation_id)).toBe(false);
    const candidate = (await reader.candidate(subject.organisation_id, subject.id))!;
    const indexed = await after.topFor(candidate, subject.organisation_id, context, 20);
    expect(indexed.pairs.map((pair) => pair.vacancyId)).not.toContain(vacancyId);
    byId.delete(vacancyId);
    expect(top(indexed.pairs)).toEqual(
      top(rankVacancies(candidate, [...byId.values()], context, 20)),
    );
  });

  it('another worker process sees a withdrawal on its next poll (the vacancy is recorded as changed)', async () => {
    const [network]: Array<{ id: string }> = await db.query(`SELECT id FROM networks`);
    const [{ id: vacancyId, organisation_id: owner }]: Array<{
      id: string;
      organisation_id: string;
    }> = await db.query(
      `SELECT v.id, v.organisation_id FROM vacancies v JOIN vacancy_networks n ON n.vacancy_id = v.id
        WHERE ${openVacancySql('v', '$1::date')} ORDER BY v.id LIMIT 1`,
      [TODAY],
    );
    const [other]: Array<{ id: string }> = await db.query(
      `SELECT id FROM organisations WHERE id <> $1`,
      [owner],
    );
    const loader = new VacancyIndexLoader(db);
    expect((await loader.current(TODAY)).get(vacancyId)!.visibleTo.has(other.id)).toBe(true);
    // What the networks code does on a withdrawal: the row goes, the vacancy is recorded as changed.
    await db.query(`DELETE FROM vacancy_networks WHERE vacancy_id = $1 AND network_id = $2`, [
      vacancyId,
      network.id,
    ]);
    await db.query(
      `INSERT INTO match_subjects (subject_type, subject_id, organisation_id, requested_at)
       VALUES ('vacancy', $1, $2, clock_timestamp())
       ON CONFLICT (subject_type, subject_id) DO UPDATE SET requested_at = clock_timestamp()`,
      [vacancyId, owner],
    );
    await new Promise((resolve) => setTimeout(resolve, INDEX_SYNC_MS + 50));
    const index = await loader.current(TODAY);
    expect(index.get(vacancyId)!.visibleTo.has(other.id)).toBe(false);
    expect(index.get(vacancyId)!.visibleTo.has(owner)).toBe(true);
  });
});
