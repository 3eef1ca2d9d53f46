import { generateDemoData } from '#libs/demo-data';
import { asOrganisationId } from '#libs/platform';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { PREFILTERED_CONSTRAINTS } from '../domain/hard-constraints.rules.js';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { PairEvaluation } from '../domain/match-result.types.js';
import { rankCandidates, rankVacancies } from '../domain/match-ranking.rules.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { FindMatchesForCandidate } from '../use-cases/find-matches-for-candidate.use-case.js';
import { FindMatchesForVacancy } from '../use-cases/find-matches-for-vacancy.use-case.js';
import { MatchProfilesReader } from './match-profiles.reader.js';
import { candidatesForVacancyQuery, vacanciesForCandidateQuery } from './prefilter.sql.js';

const TODAY = '2026-03-16';
const config = testConfig(uniqueTestName('matching_prefilter'));
let db: DataSource;
const matching = new MatchingTaxonomy();
const context = matching.context(TODAY);

type Subject = { id: string; organisation_id: string };

beforeAll(async () => {
  db = await createTestDatabase(config);
  await generateDemoData(db, {
    seed: 'prefilter',
    today: TODAY,
    password: 'password-di-prova-lunga',
    dataCipher: config.dataCipher,
    organisations: 2,
    companies: 60,
    candidates: 400,
    vacancies: 240,
  });
  // The generator sets no weekly maximum: give one to a third of the people, so that the weekly
  // hours constraint is checked against SQL like the others.
  await db.query(`UPDATE candidates SET max_weekly_hours = (ARRAY[12, 18, 20, 24.5, 30])[1 + abs(hashtext(id::text)) % 5]
                   WHERE abs(hashtext(id::text)) % 3 = 0`);
  // The generator's allowed areas are circles: limit a fifth of the people to municipalities too,
  // their home's alone (no circle) or beside their circle, and some to another municipality of the
  // organisation's vacancies, so that the area by municipality is checked against SQL like the radius.
  await db.query(`UPDATE candidates c SET allowed_area = coalesce(c.allowed_area, '{}'::jsonb)
                     || jsonb_build_object('municipalityCodes', jsonb_build_array(c.home_municipality_code)
                     || CASE WHEN abs(hashtext(c.id::text || 'other')) % 2 = 0 THEN jsonb_build_array(
                          (SELECT v.municipality_code FROM vacancies v WHERE v.organisation_id = c.organisation_id
                            ORDER BY hashtext(v.id::text || c.id::text) LIMIT 1)) ELSE '[]'::jsonb END)
                   WHERE abs(hashtext(c.id::text || 'area')) % 5 = 0`);
}, 120_000);
afterAll(() => dropTestDatabase(config, db));

/**
 * A pair the pre-filter dropped must fail a constraint the table marks `prefiltered`: SQL may only
 * decide what the table says it decides. Returns the codes that explain each drop (empty: none does).
 */
function dropReasons(evaluation: PairEvaluation): string[] {
  return evaluation.constraints
    .filter((constraint) => !constraint.passed && PREFILTERED_CONSTRAINTS.has(constraint.code))
    .map((constraint) => constraint.code);
}

/** For each pre-filtered constraint, how many dropped pairs it alone explains. */
function soleReasons(): Map<string, number> {
  return new Map([...PREFILTERED_CONSTRAINTS].map((code) => [code, 0]));
}

async function ids(sql: { sql: string; params: unknown[] }): Promise<Set<string>> {
  const rows: Array<{ id: string }> = await db.query(sql.sql, sql.params);
  return new Set(rows.map((row) => row.id));
}

/**
 * The pre-filter may let through pairs the core rejects, never drop one the core accepts: for every
 * candidate and every vacancy of the generated data, each pair the core finds possible survives.
 */
describe('matching pre-filter against the pure core', () => {
  it('keeps every possible pair, candidate by candidate', async () => {
    const reader = new MatchProfilesReader(db);
    const candidates: Subject[] = await db.query(
      `SELECT id, organisation_id FROM candidates WHERE archived_at IS NULL AND pathway_status <> 'CLOSED' AND right_to_work_kind <> 'NONE'`,
    );
    let possible = 0;
    let survivors = 0;
    for (const organisationId of new Set(candidates.map((c) => c.organisation_id))) {
      const open: Array<{ id: string }> = await db.query(
        `SELECT id FROM vacancies WHERE organisation_id = $1 AND status = 'OPEN' AND archived_at IS NULL
            AND (expires_at IS NULL OR expires_at >= $2::date)`,
        [organisationId, TODAY],
      );
      const vacancies = await reader.vacancies(
        organisationId,
        open.map((v) => v.id),
      );
      for (const subject of candidates.filter((c) => c.organisation_id === organisationId)) {
        const candidate = (await reader.candidate(organisationId, subject.id))!;
        const kept = await ids(vacanciesForCandidateQuery(organisationId, subject.id, TODAY));
        const evaluations = vacancies.map((vacancy) => evaluatePair(candidate, vacancy, context));
        const missing = evaluations
          .filter((pair) => pair.possible)
          .map((pair) => (possible++, pair.vacancyId))
          .filter((id) => !kept.has(id));
        survivors += kept.size;
        expect({ candidate: subject.id, missing }).toEqual({ candidate: subject.id, missing: [] });
        const unexplained = evaluations
          .filter((pair) => !kept.has(pair.vacancyId) && dropReasons(pair).length === 0)
          .map((pair) => pair.vacancyId);
        expect({ candidate: subject.id, unexplained }).toEqual({
          candidate: subject.id,
          unexplained: [],
        });
      }
    }
    expect(possible).toBeGreaterThan(100);
    expect(survivors).toBeGreaterThanOrEqual(possible);
  });

  it('keeps every possible pair, vacancy by vacancy, with the Law 68 reservation applied', async () => {
    const reader = new MatchProfilesReader(db);
    const vacancies: Subject[] = await db.query(
      `SELECT id, organisation_id FROM vacancies WHERE status = 'OPEN' AND archived_at IS NULL
          AND (expires_at IS NULL OR expires_at >= $1::date)`,
      [TODAY],
    );
    const sole = soleReasons();
    for (const organisationId of new Set(vacancies.map((v) => v.organisation_id))) {
      const active: Array<{ id: string }> = await db.query(
        `SELECT id FROM candidates WHERE organisation_id = $1 AND archived_at IS NULL AND pathway_status <> 'CLOSED'`,
        [organisationId],
      );
      const candidates = await reader.candidates(
        organisationId,
        active.map((c) => c.id),
      );
      for (const subject of vacancies.filter((v) => v.organisation_id === organisationId)) {
        const vacancy = (await reader.vacancy(organisationId, subject.id))!;
        const kept = await ids(candidatesForVacancyQuery(organisationId, subject.id, TODAY));
        const evaluations = candidates.map((c) => evaluatePair(c, vacancy, context));
        const possible = evaluations.filter((pair) => pair.possible);
        expect(possible.map((pair) => pair.candidateId).filter((id) => !kept.has(id))).toEqual([]);
        const unexplained = evaluations
          .filter((pair) => !kept.has(pair.candidateId))
          .filter((pair) => {
            const reasons = dropReasons(pair);
            if (reasons.length === 1) sole.set(reasons[0], sole.get(reasons[0])! + 1);
            return reasons.length === 0;
          })
          .map((pair) => pair.candidateId);
        expect({ vacancy: subject.id, unexplained }).toEqual({
          vacancy: subject.id,
          unexplained: [],
        });
        if (vacancy.reservedL68) {
          for (const id of kept) {
            const candidate = candidates.find((c) => c.id === id)!;
            expect(candidate.l68Registration?.category).toBe(vacancy.reservedL68);
          }
        }
      }
    }
    // Every constraint marked pre-filtered is really decided by SQL somewhere in the data.
    expect([...sole].filter(([, count]) => count === 0).map(([code]) => code)).toEqual([]);
  });

  it('never gives a person limited to one municipality a vacancy in the next one, however close', async () => {
    const [org] = (await db.query(`SELECT id FROM organisations ORDER BY id LIMIT 1`)) as Array<{
      id: string;
    }>;
    const organisationId = asOrganisationId(org.id);
    // A person with no other limit who can travel far, limited to the municipality of one vacancy.
    // An UPDATE ... RETURNING answers [rows, count].
    const [[person]]: [Array<{ id: string }>, number] = await db.query(
      `UPDATE candidates SET max_travel_km = 200, availability = NULL, max_weekly_hours = NULL,
              italian_level = 'C2', task_limitations = '{}', right_to_work_kind = 'EU_CITIZEN',
              birth_date = '1980-01-01', allowed_area = NULL
        WHERE id = (SELECT id FROM candidates WHERE organisation_id = $1 AND archived_at IS NULL
                      AND pathway_status <> 'CLOSED' ORDER BY id LIMIT 1)
        RETURNING id`,
      [org.id],
    );
    const open: Array<{ id: string; municipality_code: string }> = await db.query(
      `SELECT id, municipality_code FROM vacancies WHERE organisation_id = $1 AND status = 'OPEN'
          AND archived_at IS NULL AND (expires_at IS NULL OR expires_at >= $2::date)
          AND reserved_l68 IS NULL AND required_licences = '{}' ORDER BY id`,
      [org.id, TODAY],
    );
    const allowed = open[0].municipality_code;
    const elsewhere = open.filter((v) => v.municipality_code !== allowed).slice(0, 3);
    expect(elsewhere.length).toBeGreaterThan(0);
    // The next municipality's vacancies are moved next door to the person's home.
    await db.query(
      `UPDATE vacancies v SET site_lat = c.home_lat + 0.001, site_lng = c.home_lng
         FROM candidates c WHERE c.id = $1 AND v.id = ANY($2::uuid[])`,
      [person.id, elsewhere.map((v) => v.id)],
    );
    const forCandidate = new FindMatchesForCandidate(db, matching);
    const find = () =>
      forCandidate.execute({ organisationId, id: person.id, limit: 500, today: TODAY });
    const before = await find();
    expect(elsewhere.some((v) => before!.pairs.some((pair) => pair.vacancyId === v.id))).toBe(true);

    await db.query(
      `UPDATE candidates SET allowed_area = jsonb_build_object('municipalityCodes', jsonb_build_array($2::text))
        WHERE id = $1`,
      [person.id, allowed],
    );
    const after = await find();
    const municipalityOf = new Map(open.map((v) => [v.id, v.municipality_code]));
    expect(after!.pairs.length).toBeGreaterThan(0);
    expect(after!.pairs.filter((pair) => municipalityOf.get(pair.vacancyId) !== allowed)).toEqual(
      [],
    );
    const kept = await ids(vacanciesForCandidateQuery(organisationId, person.id, TODAY));
    for (const { id } of elsewhere) expect(kept.has(id)).toBe(false);
    const candidate = (await new MatchProfilesReader(db).candidate(organisationId, person.id))!;
    const [moved] = await new MatchProfilesReader(db).vacancies(organisationId, [elsewhere[0].id]);
    const area = evaluatePair(candidate, moved, context).constraints.find(
      (constraint) => constraint.code === 'ALLOWED_AREA',
    )!;
    expect(area.passed).toBe(false);
    expect(area.detail).toMatch(
      new RegExp(
        `^La sede è a[d]? ${moved.municipality.name}, fuori dai comuni consentiti \\(.+\\)$`,
      ),
    );
  });

  it('returns exactly the top N the core ranks over all pairs', async () => {
    const reader = new MatchProfilesReader(db);
    const forCandidate = new FindMatchesForCandidate(db, matching);
    const forVacancy = new FindMatchesForVacancy(db, matching);
    const [org] = (await db.query(`SELECT id FROM organisations ORDER BY id LIMIT 1`)) as Array<{
      id: string;
    }>;
    const organisationId = asOrganisationId(org.id);
    const candidateIds: Array<{ id: string }> = await db.query(
      `SELECT id FROM candidates WHERE organisation_id = $1 AND archived_at IS NULL AND pathway_status <> 'CLOSED' ORDER BY id LIMIT 40`,
      [org.id],
    );
    const vacancyIds: Array<{ id: string }> = await db.query(
      `SELECT id FROM vacancies WHERE organisation_id = $1 AND status = 'OPEN' AND (expires_at IS NULL OR expires_at >= $2::date) ORDER BY id`,
      [org.id, TODAY],
    );
    const allCandidates = await reader.candidates(
      org.id,
      (
        await db.query(
          `SELECT id FROM candidates WHERE organisation_id = $1 AND archived_at IS NULL AND pathway_status <> 'CLOSED'`,
          [org.id],
        )
      ).map((r: { id: string }) => r.id),
    );
    const allVacancies = await reader.vacancies(
      org.id,
      vacancyIds.map((v) => v.id),
    );
    const strip = (pairs: Array<{ candidateId: string; vacancyId: string; score: number }>) =>
      pairs.map(({ candidateId, vacancyId, score }) => ({ candidateId, vacancyId, score }));
    for (const { id } of candidateIds) {
      const candidate = allCandidates.find((c) => c.id === id)!;
      const fast = await forCandidate.execute({ organisationId, id, limit: 5, today: TODAY });
      expect(strip(fast!.pairs)).toEqual(strip(rankVacancies(candidate, allVacancies, context, 5)));
    }
    for (const vacancy of allVacancies.slice(0, 40)) {
      const fast = await forVacancy.execute({
        organisationId,
        id: vacancy.id,
        limit: 10,
        today: TODAY,
      });
      expect(strip(fast!.pairs)).toEqual(
        strip(rankCandidates(vacancy, allCandidates, context, 10)),
      );
    }
  });

  it('reads candidates in reach from the index alone (no table page per candidate)', async () => {
    const [vacancy]: Subject[] = await db.query(
      `SELECT id, organisation_id FROM vacancies WHERE status = 'OPEN' AND archived_at IS NULL LIMIT 1`,
    );
    const query = candidatesForVacancyQuery(vacancy.organisation_id, vacancy.id, TODAY);
    await db.query('VACUUM (ANALYZE) candidates');
    const plan = await db.transaction(async (tx) => {
      // A small table would be read whole; forbid that to see the plan the regional data gets.
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query('SET LOCAL enable_bitmapscan = off');
      const rows: Array<{ 'QUERY PLAN': string }> = await tx.query(
        `EXPLAIN ${query.sql}`,
        query.params,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index Only Scan using candidates_match_reach_idx on candidates c/);
  });

  it('keeps for the pre-ranking the work history the profile reads, long ones included', async () => {
    const [org] = (await db.query(`SELECT id FROM organisations ORDER BY id LIMIT 1`)) as Array<{
      id: string;
    }>;
    const some: Array<{ id: string }> = await db.query(
      `SELECT id FROM candidates WHERE organisation_id = $1 ORDER BY id LIMIT 4`,
      [org.id],
    );
    const longText = 'addetto alle lavorazioni '.repeat(8).trim();
    const edits: Array<[unknown[], unknown[], string[]]> = [
      [[{ occupationCode: null, occupationText: 'Magazziniere', months: 5 }], [], []],
      [
        [{ occupationCode: '8.1.4.3.0', occupationText: 'Pulizie' }],
        [{ code: null, label: 'Muletto' }],
        ['cuoco'],
      ],
      [
        Array.from({ length: 6 }, (_, i) => ({
          occupationCode: null,
          occupationText: `${longText} ${i}`,
          months: i,
        })),
        [{ code: 'HACCP', label: 'HACCP' }],
        ['5.2.2.2.1'],
      ],
      [[], [], []],
    ];
    for (const [index, [experiences, skills, preferred]] of edits.entries()) {
      await db.query(
        `UPDATE candidates SET experiences = $2::jsonb, skills = $3::jsonb, preferred_occupations = $4 WHERE id = $1`,
        [some[index].id, JSON.stringify(experiences), JSON.stringify(skills), preferred],
      );
    }
    const rows: Array<{ id: string; soft: string; kept: boolean }> = await db.query(
      `SELECT c.id, coalesce(c.match_soft, match_soft_terms(c.experiences, c.skills, c.preferred_occupations)) AS soft,
              c.match_soft IS NOT NULL AS kept
         FROM candidates c WHERE c.organisation_id = $1`,
      [org.id],
    );
    const profiles = new Map(
      (
        await new MatchProfilesReader(db).candidates(
          org.id,
          rows.map((row) => row.id),
        )
      ).map((p) => [p.id, p]),
    );
    for (const row of rows) {
      const { occupations, skills, preferredOccupations } = profiles.get(row.id)!;
      expect(JSON.parse(row.soft)).toEqual({ occupations, skills, preferredOccupations });
    }
    expect(rows.find((row) => row.id === some[2].id)?.kept).toBe(false);
    expect(rows.filter((row) => row.kept).length).toBeGreaterThan(rows.length / 2);
  });
});

/**
 * Across organisations: a network of A and B shares some vacancies of each; C, outside, gets some of
 * B's people and vacancies; a network of B and C holds a vacancy of A, which is not a member (so
 * nobody sees it there). Who sees what is computed here from the rows, independently of the SQL rule.
 */
describe('matching pre-filter across a network of organisations', () => {
  type Row = { id: string; organisation_id: string };
  let seeing: Map<string, Set<string>>;

  beforeAll(async () => {
    const [a, b]: Array<{ id: string }> = await db.query(
      `SELECT id FROM organisations ORDER BY id LIMIT 2`,
    );
    const [c]: Array<{ id: string }> = await db.query(
      `INSERT INTO organisations (name, kind) VALUES ('Cooperativa Fuori Rete', 'COOPERATIVE') RETURNING id`,
    );
    await db.query(
      `UPDATE candidates SET organisation_id = $2 WHERE organisation_id = $1 AND abs(hashtext(id::text)) % 4 = 0`,
      [b.id, c.id],
    );
    await db.query(
      `UPDATE vacancies SET organisation_id = $2 WHERE organisation_id = $1 AND abs(hashtext(id::text)) % 4 = 0`,
      [b.id, c.id],
    );
    const [ab]: Array<{ id: string }> = await db.query(
      `INSERT INTO networks (name, coordinator_organisation_id) VALUES ('Rete AB', $1) RETURNING id`,
      [a.id],
    );
    const [bc]: Array<{ id: string }> = await db.query(
      `INSERT INTO networks (name, coordinator_organisation_id) VALUES ('Rete BC', $1) RETURNING id`,
      [b.id],
    );
    await db.query(
      `INSERT INTO network_members (network_id, organisation_id) VALUES ($1, $2), ($1, $3), ($4, $3), ($4, $5)`,
      [ab.id, a.id, b.id, bc.id, c.id],
    );
    await db.query(
      `INSERT INTO vacancy_networks (vacancy_id, network_id)
       SELECT id, $3::uuid FROM vacancies WHERE organisation_id = $1 AND abs(hashtext(id::text)) % 2 = 0
       UNION ALL
       SELECT id, $3::uuid FROM vacancies WHERE organisation_id = $2 AND abs(hashtext(id::text)) % 3 = 0
       UNION ALL
       SELECT id, $4::uuid FROM vacancies WHERE organisation_id = $1 AND abs(hashtext(id::text)) % 2 = 1`,
      [a.id, b.id, ab.id, bc.id],
    );
    const members: Array<{ network_id: string; organisation_id: string }> = await db.query(
      `SELECT network_id, organisation_id FROM network_members`,
    );
    const shared: Array<{ vacancy_id: string; network_id: string }> = await db.query(
      `SELECT vacancy_id, network_id FROM vacancy_networks`,
    );
    const vacancies: Row[] = await db.query(`SELECT id, organisation_id FROM vacancies`);
    const membersOf = (network: string) =>
      members.filter((m) => m.network_id === network).map((m) => m.organisation_id);
    seeing = new Map(
      vacancies.map((v) => {
        const orgs = new Set([v.organisation_id]);
        for (const s of shared.filter((s) => s.vacancy_id === v.id)) {
          const inNetwork = membersOf(s.network_id);
          if (inNetwork.includes(v.organisation_id)) inNetwork.forEach((org) => orgs.add(org));
        }
        return [v.id, orgs];
      }),
    );
    expect([...seeing.values()].filter((orgs) => orgs.size > 1).length).toBeGreaterThan(20);
  });

  async function openVacancies(reader: MatchProfilesReader) {
    const open: Row[] = await db.query(
      `SELECT id, organisation_id FROM vacancies WHERE status = 'OPEN' AND archived_at IS NULL
          AND (expires_at IS NULL OR expires_at >= $1::date)`,
      [TODAY],
    );
    const profiles = [];
    for (const org of new Set(open.map((v) => v.organisation_id))) {
      const ids = open.filter((v) => v.organisation_id === org).map((v) => v.id);
      profiles.push(...(await reader.vacancies(org, ids)).map((p) => ({ ...p, org })));
    }
    return profiles;
  }

  it('keeps every possible pair with a vacancy the person’s organisation sees, and none other', async () => {
    const reader = new MatchProfilesReader(db);
    const vacancies = await openVacancies(reader);
    const candidates: Row[] = await db.query(
      `SELECT id, organisation_id FROM candidates WHERE archived_at IS NULL AND pathway_status <> 'CLOSED' AND right_to_work_kind <> 'NONE'`,
    );
    let crossing = 0;
    for (const subject of candidates) {
      const candidate = (await reader.candidate(subject.organisation_id, subject.id))!;
      const kept = await ids(
        vacanciesForCandidateQuery(subject.organisation_id, subject.id, TODAY),
      );
      const visible = vacancies.filter((v) => seeing.get(v.id)!.has(subject.organisation_id));
      const missing = visible
        .filter((vacancy) => evaluatePair(candidate, vacancy, context).possible)
        .map((vacancy) => vacancy.id)
        .filter((id) => !kept.has(id));
      expect({ candidate: subject.id, missing }).toEqual({ candidate: subject.id, missing: [] });
      const unseen = [...kept].filter((id) => !seeing.get(id)!.has(subject.organisation_id));
      expect({ candidate: subject.id, unseen }).toEqual({ candidate: subject.id, unseen: [] });
      crossing += visible.filter((v) => v.org !== subject.organisation_id && kept.has(v.id)).length;
    }
    expect(crossing).toBeGreaterThan(10);
  });

  it('keeps every possible person of each organisation that sees the vacancy, and nobody else', async () => {
    const reader = new MatchProfilesReader(db);
    const vacancies = await openVacancies(reader);
    const active: Row[] = await db.query(
      `SELECT id, organisation_id FROM candidates WHERE archived_at IS NULL AND pathway_status <> 'CLOSED'`,
    );
    const candidates = [];
    for (const org of new Set(active.map((c) => c.organisation_id))) {
      const ids = active.filter((c) => c.organisation_id === org).map((c) => c.id);
      candidates.push(...(await reader.candidates(org, ids)).map((p) => ({ ...p, org })));
    }
    let crossing = 0;
    for (const vacancy of vacancies) {
      const orgs = seeing.get(vacancy.id)!;
      const kept = await ids(candidatesForVacancyQuery(vacancy.org, vacancy.id, TODAY));
      const missing = candidates
        .filter((c) => orgs.has(c.org) && evaluatePair(c, vacancy, context).possible)
        .map((c) => c.id)
        .filter((id) => !kept.has(id));
      expect({ vacancy: vacancy.id, missing }).toEqual({ vacancy: vacancy.id, missing: [] });
      const outside = candidates.filter((c) => kept.has(c.id) && !orgs.has(c.org)).map((c) => c.id);
      expect({ vacancy: vacancy.id, outside }).toEqual({ vacancy: vacancy.id, outside: [] });
      crossing += candidates.filter((c) => kept.has(c.id) && c.org !== vacancy.org).length;
    }
    expect(crossing).toBeGreaterThan(10);
  });
});
