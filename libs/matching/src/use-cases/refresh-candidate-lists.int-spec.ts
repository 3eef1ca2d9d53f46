import { generateDemoData } from '#libs/demo-data';
import { todayInRome } from '#libs/kernel';
import { QUEUES } from '#libs/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  dropTestDatabase,
  TEST_REDIS_URL,
  testConfig,
  uniqueTestName,
  waitFor,
} from '#libs/testing';
import { Queue, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { PeopleIndexLoader } from '../compute/people-index.loader.js';
import { INDEX_SYNC_MS, VacancyIndexLoader } from '../compute/vacancy-index.loader.js';
import { MatchingQueue } from '../jobs/matching-jobs.writer.js';
import { matchingJobs } from '../jobs/matching.jobs.js';
import { FindMatchesForCandidate } from './find-matches-for-candidate.use-case.js';
import { FindMatchesForVacancy } from './find-matches-for-vacancy.use-case.js';
import { RecomputeMatchesUseCase } from './recompute-matches.use-case.js';
import { RefreshCandidateListsUseCase } from './refresh-candidate-lists.use-case.js';
import { RerankFairShareUseCase } from './rerank-fair-share.use-case.js';
import { PushVacancyToPeopleUseCase } from './push-vacancy-to-people.use-case.js';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import { MatchesRepository } from '../store/matches.repository.js';
import { RefreshBatchReader } from '../store/refresh-batch.reader.js';
import { RecentListCuts } from '../store/recent-list-cuts.js';
import { listCuts } from '../store/stored-matches.writer.js';
import { STORED_MATCHES } from './recompute-matches.use-case.js';

const name = uniqueTestName('matching_refresh');
const config = testConfig(name);
const prefix = `test_${name}`;
const connection = { url: TEST_REDIS_URL, maxRetriesPerRequest: null };
let db: DataSource;
let queue: Queue | undefined;
const workers: Worker[] = [];
const matching = new MatchingTaxonomy();
const today = todayInRome();

beforeAll(async () => {
  db = await createTestDatabase(config);
  await generateDemoData(db, {
    seed: 'refresh-lists',
    today,
    password: 'password-di-prova-lunga',
    dataCipher: config.dataCipher,
    organisations: 2,
    companies: 50,
    candidates: 240,
    vacancies: 300,
    // Half of each organisation's vacancies published to one network of both.
    network: { name: 'Rete di prova', sharedVacancies: 0.5 },
  });
  // Some people limited to municipalities (those of the five vacancies nearest home), some of them
  // beside a small circle.
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
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.close()));
  await queue?.close();
  await deleteQueueKeys(prefix);
  await dropTestDatabase(config, db);
});

const refreshUseCase = () =>
  new RefreshCandidateListsUseCase(db, new VacancyIndexLoader(db), matching);

async function activeIds(): Promise<string[]> {
  const rows: Array<{ id: string }> = await db.query(
    `SELECT id FROM candidates WHERE archived_at IS NULL AND pathway_status <> 'CLOSED' ORDER BY id`,
  );
  return rows.map((row) => row.id);
}

/** Every person's stored list: vacancy and score, best first. */
async function candidateLists(): Promise<Record<string, string[]>> {
  const rows: Array<{ candidate_id: string; pairs: string[] }> = await db.query(
    `SELECT candidate_id, array_agg(vacancy_id || ' ' || score ORDER BY score DESC, vacancy_id) AS pairs
       FROM matches WHERE for_candidate GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.candidate_id, row.pairs]));
}

async function forgetAll(): Promise<void> {
  await db.query(`DELETE FROM matches`);
  await db.query(`DELETE FROM match_subjects`);
}

async function listOf(candidateId: string): Promise<string[]> {
  const rows: Array<{ vacancy_id: string }> = await db.query(
    `SELECT vacancy_id FROM matches WHERE candidate_id = $1 AND for_candidate`,
    [candidateId],
  );
  return rows.map((row) => row.vacancy_id);
}

describe('refreshing people’s stored lists from the in-memory vacancy index', () => {
  it('stores the lists the one-by-one SQL recomputation stores', async () => {
    const ids = await activeIds();
    await forgetAll();
    const recompute = new RecomputeMatchesUseCase(
      db,
      new FindMatchesForCandidate(db, matching),
      new FindMatchesForVacancy(db, matching),
      matching,
    );
    for (const id of ids) await recompute.execute('candidate', id);
    const oneByOne = await candidateLists();
    await forgetAll();
    const refresh = refreshUseCase();
    for (let start = 0; start < ids.length; start += 50) {
      await refresh.execute(ids.slice(start, start + 50), today);
    }
    const batched = await candidateLists();
    expect(Object.keys(oneByOne).length).toBeGreaterThan(50);
    expect(batched).toEqual(oneByOne);
    // One partition of everyone, in batches of 20, two of them in flight at a time.
    await forgetAll();
    const result = await refreshUseCase().executePartition(0, 1, today, 20);
    expect(result.refreshed).toBe(ids.length);
    expect(await candidateLists()).toEqual(oneByOne);
    const [{ computed }] = await db.query(
      `SELECT count(*)::int AS computed FROM match_subjects
        WHERE subject_type = 'candidate' AND computed_at IS NOT NULL`,
    );
    expect(computed).toBe(ids.length);
  });

  it('shares a full refresh between two workers, each partition computed once', async () => {
    await forgetAll();
    queue = new Queue(QUEUES.matching, { connection, prefix });
    const processed = [0, 0];
    for (const n of [0, 1]) {
      const refresh = refreshUseCase();
      workers.push(
        new Worker(
          QUEUES.matching,
          async (job) => {
            if (job.name !== matchingJobs.refreshPartition.name) return null;
            processed[n] += 1;
            return refresh.executePartition(job.data.partition, job.data.partitions, today);
          },
          { connection, prefix, concurrency: 2 },
        ),
      );
    }
    const writer = new MatchingQueue(queue);
    const run = await writer.requestFullRefresh('run1', 8);
    // The same refresh asked twice (a second scheduler, a retry of the request) adds nothing.
    await writer.requestFullRefresh(run, 8);
    await waitFor(
      () => queue!.getJobCounts('completed', 'failed'),
      (counts) => counts.completed + counts.failed >= 8,
      60_000,
    );
    expect(await queue.getJobCounts('completed', 'failed')).toEqual({ completed: 8, failed: 0 });
    expect(processed[0]).toBeGreaterThan(0);
    expect(processed[1]).toBeGreaterThan(0);
    expect(processed[0] + processed[1]).toBe(8);
    const rows: Array<{ computations: number; n: number }> = await db.query(
      `SELECT computations, count(*)::int AS n FROM match_subjects
        WHERE subject_type = 'candidate' GROUP BY 1`,
    );
    expect(rows).toEqual([{ computations: 1, n: (await activeIds()).length }]);
  }, 90_000);

  it('follows a vacancy created, changed, closed and expired, in the index and the lists', async () => {
    const loader = new VacancyIndexLoader(db);
    const refresh = new RefreshCandidateListsUseCase(db, loader, matching);
    await forgetAll();
    await refresh.execute(await activeIds(), today);
    // A person with a time constraint whose best vacancy has fixed shifts.
    const [pick]: Array<{ candidate_id: string; vacancy_id: string }> = await db.query(
      `SELECT DISTINCT ON (m.candidate_id) m.candidate_id, m.vacancy_id
         FROM matches m JOIN candidates c ON c.id = m.candidate_id JOIN vacancies v ON v.id = m.vacancy_id
        WHERE m.for_candidate AND c.availability IS NOT NULL AND NOT v.flexible_hours
          AND jsonb_array_length(v.shifts) > 0
        ORDER BY m.candidate_id, m.score DESC, m.vacancy_id LIMIT 1`,
    );
    const { candidate_id: person, vacancy_id: vacancy } = pick;
    const [{ shifts }] = await db.query(`SELECT shifts FROM vacancies WHERE id = $1`, [vacancy]);
    const index = () => loader.current(today);
    const settle = () => new Promise((resolve) => setTimeout(resolve, INDEX_SYNC_MS + 50));

    // Closed: leaves the index and the person's list.
    await db.query(`UPDATE vacancies SET status = 'CLOSED', updated_at = now() WHERE id = $1`, [
      vacancy,
    ]);
    await settle();
    expect((await index()).has(vacancy)).toBe(false);
    await refresh.execute([person], today);
    expect(await listOf(person)).not.toContain(vacancy);

    // Reopened: back.
    await db.query(`UPDATE vacancies SET status = 'OPEN', updated_at = now() WHERE id = $1`, [
      vacancy,
    ]);
    await settle();
    await refresh.execute([person], today);
    expect(await listOf(person)).toContain(vacancy);

    // Its shifts moved to Sunday night, outside the person's availability: dropped.
    const [{ covers }] = await db.query(
      `SELECT availability @> '[{"day": 7, "start": "23:00", "end": "04:00"}]' AS covers FROM candidates WHERE id = $1`,
      [person],
    );
    expect(covers).toBe(false);
    await db.query(
      `UPDATE vacancies SET shifts = '[{"day": 7, "start": "23:00", "end": "04:00"}]', updated_at = now() WHERE id = $1`,
      [vacancy],
    );
    await settle();
    expect((await index()).get(vacancy)?.profile.shifts).toEqual([
      { day: 7, start: '23:00', end: '04:00' },
    ]);
    await refresh.execute([person], today);
    expect(await listOf(person)).not.toContain(vacancy);

    // A new vacancy like the old one was: in the person's list after the next poll.
    const columns: Array<{ column_name: string }> = await db.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'vacancies' AND is_generated = 'NEVER'
          AND column_name NOT IN ('id', 'shifts', 'created_at', 'updated_at')`,
    );
    const list = columns.map((c) => `"${c.column_name}"`).join(', ');
    const [created]: Array<{ id: string }> = await db.query(
      `INSERT INTO vacancies (id, shifts, ${list})
       SELECT gen_random_uuid(), $2::jsonb, ${list} FROM vacancies WHERE id = $1 RETURNING id`,
      [vacancy, JSON.stringify(shifts)],
    );
    await settle();
    expect((await index()).has(created.id)).toBe(true);
    await refresh.execute([person], today);
    expect(await listOf(person)).toContain(created.id);

    // Expired yesterday: out of the index and of the list.
    await db.query(
      `UPDATE vacancies SET expires_at = $2::date - 1, updated_at = now() WHERE id = $1`,
      [created.id, today],
    );
    await settle();
    expect((await index()).has(created.id)).toBe(false);
    await refresh.execute([person], today);
    expect(await listOf(person)).not.toContain(created.id);
  }, 60_000);

  it('deletes the pairs of a deleted vacancy, and in the nightly clean-up a pair left without one', async () => {
    await forgetAll();
    await refreshUseCase().execute(await activeIds(), today);
    const pairsOf = async (vacancyId: string): Promise<number> =>
      (
        await db.query(`SELECT count(*)::int AS n FROM matches WHERE vacancy_id = $1`, [vacancyId])
      )[0].n;
    const [{ vacancy_id: vacancy }]: Array<{ vacancy_id: string }> = await db.query(
      `SELECT m.vacancy_id FROM matches m
        WHERE NOT EXISTS (SELECT 1 FROM proposals p WHERE p.vacancy_id = m.vacancy_id)
          AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.vacancy_id = m.vacancy_id)
        ORDER BY m.vacancy_id LIMIT 1`,
    );
    expect(await pairsOf(vacancy)).toBeGreaterThan(0);
    await db.query(`DELETE FROM vacancies WHERE id = $1`, [vacancy]);
    expect(await pairsOf(vacancy)).toBe(0);
    const explained: Array<{ n: number }> = await db.query(
      `SELECT count(*)::int AS n FROM match_explanations WHERE vacancy_id = $1`,
      [vacancy],
    );
    expect(explained[0].n).toBe(0);

    // A refresh that read a vacancy just before it was deleted writes its pairs after the delete.
    const [{ vacancy_id: gone }]: Array<{ vacancy_id: string }> = await db.query(
      `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, distance_km,
                            contract_type, km_zero, for_candidate)
       SELECT candidate_id, gen_random_uuid(), organisation_id, score, distance_km, contract_type,
              km_zero, true
         FROM matches ORDER BY candidate_id, vacancy_id LIMIT 1
       RETURNING vacancy_id`,
    );
    const kept: number = (await db.query(`SELECT count(*)::int AS n FROM matches`))[0].n;
    expect(await new MatchesRepository(db).deleteInactivePairs(today)).toBeGreaterThanOrEqual(1);
    expect(await pairsOf(gone)).toBe(0);
    expect((await db.query(`SELECT count(*)::int AS n FROM matches`))[0].n).toBeLessThan(kept);
  }, 60_000);

  it('deletes the pairs and explanations of a deleted person, and in the nightly clean-up a pair left without one', async () => {
    await forgetAll();
    await refreshUseCase().execute(await activeIds(), today);
    const rowsOf = async (candidateId: string) =>
      (
        await db.query(
          `SELECT (SELECT count(*)::int FROM matches WHERE candidate_id = $1) AS pairs,
                  (SELECT count(*)::int FROM match_explanations WHERE candidate_id = $1) AS explained`,
          [candidateId],
        )
      )[0] as { pairs: number; explained: number };
    const [{ candidate_id: person }]: Array<{ candidate_id: string }> = await db.query(
      `SELECT m.candidate_id FROM matches m
        WHERE NOT EXISTS (SELECT 1 FROM proposals p WHERE p.candidate_id = m.candidate_id)
          AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.candidate_id = m.candidate_id)
        ORDER BY m.candidate_id LIMIT 1`,
    );
    const before = await rowsOf(person);
    expect(before.pairs).toBeGreaterThan(0);
    expect(before.explained).toBe(before.pairs);
    await db.query(`DELETE FROM candidates WHERE id = $1`, [person]);
    expect(await rowsOf(person)).toEqual({ pairs: 0, explained: 0 });

    // A refresh that read the person just before they were deleted writes their pairs after it.
    const [{ candidate_id: gone }]: Array<{ candidate_id: string }> = await db.query(
      `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, distance_km,
                            contract_type, km_zero, for_candidate)
       SELECT gen_random_uuid(), vacancy_id, organisation_id, score, distance_km, contract_type,
              km_zero, true
         FROM matches ORDER BY candidate_id, vacancy_id LIMIT 1
       RETURNING candidate_id`,
    );
    expect(await new MatchesRepository(db).deleteInactivePairs(today)).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(gone)).pairs).toBe(0);
  }, 60_000);

  it('puts a new vacancy in the list of every person in its reach whose list it beats', async () => {
    const loader = new VacancyIndexLoader(db);
    await forgetAll();
    await new RefreshCandidateListsUseCase(db, loader, matching).execute(await activeIds(), today);
    // A copy of a vacancy many people hold, near the top of their lists.
    const [{ vacancy_id: model }, { vacancy_id: gone }] = await db.query(
      `SELECT vacancy_id FROM matches WHERE for_candidate GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`,
    );
    // Since the refresh, the second most held vacancy left the lists (room in many of them, which
    // the kept cuts count), and a third of the people's cuts were forgotten (read from the lists).
    await db.query(`DELETE FROM matches WHERE vacancy_id = $1`, [gone]);
    const [, forgotten]: [unknown, number] = await db.query(
      `UPDATE match_subjects SET list_count = NULL, list_lowest = NULL
        WHERE subject_type = 'candidate' AND abs(hashtext(subject_id::text)) % 3 = 0`,
    );
    expect(forgotten).toBeGreaterThan(10);
    const columns: Array<{ column_name: string }> = await db.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'vacancies' AND is_generated = 'NEVER'
          AND column_name NOT IN ('id', 'created_at', 'updated_at')`,
    );
    const list = columns.map((c) => `"${c.column_name}"`).join(', ');
    const [{ id: created, organisation_id: owner }] = await db.query(
      `INSERT INTO vacancies (id, ${list}) SELECT gen_random_uuid(), ${list} FROM vacancies
        WHERE id = $1 RETURNING id, organisation_id`,
      [model],
    );
    // Published to the network of both organisations: the other one's people are in its reach too.
    await db.query(
      `INSERT INTO vacancy_networks (vacancy_id, network_id) SELECT $1, id FROM networks`,
      [created],
    );
    // What the core says, person by person (of the organisations that see it), against the list
    // each one holds now.
    const context = matching.context(today);
    const people = await new RefreshBatchReader(db).candidates(await activeIds());
    const index = await loader.current(today);
    await loader.refresh([created], today);
    const vacancy = index.get(created)!.profile;
    const cuts = new Map<string, { count: number; lowest: number }>(
      (
        await db.query(
          `SELECT candidate_id, count(*)::int AS count, min(score)::float8 AS lowest
             FROM (SELECT candidate_id, score,
                          row_number() OVER (PARTITION BY candidate_id ORDER BY score DESC) AS place
                     FROM matches WHERE for_candidate) ranked
            WHERE place <= $1 GROUP BY 1`,
          [STORED_MATCHES.candidate],
        )
      ).map((row: { candidate_id: string; count: number; lowest: number }) => [
        row.candidate_id,
        row,
      ]),
    );
    const seeing = index.get(created)!.visibleTo;
    expect(seeing.size).toBe(2);
    const expected = people
      .filter((person) => person.active && seeing.has(person.organisationId))
      .filter((person) => {
        const pair = evaluatePair(person.profile, vacancy, context);
        const cut = cuts.get(person.profile.id);
        return (
          pair.possible && (!cut || cut.count < STORED_MATCHES.candidate || pair.score > cut.lowest)
        );
      })
      .map((person) => person.profile.id)
      .sort();
    const result = await new PushVacancyToPeopleUseCase(
      db,
      loader,
      matching,
      new PeopleIndexLoader(db),
    ).execute(created, today);
    const holders: Array<{ candidate_id: string }> = await db.query(
      `SELECT candidate_id FROM matches WHERE vacancy_id = $1 AND for_candidate ORDER BY 1`,
      [created],
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(holders.map((h) => h.candidate_id)).toEqual(expected);
    // Each pair is stored under its person's organisation, the other organisation's people included.
    const stored: Array<{ same: boolean; other: boolean }> = await db.query(
      `SELECT m.organisation_id = c.organisation_id AS same, c.organisation_id <> $2 AS other
         FROM matches m JOIN candidates c ON c.id = m.candidate_id WHERE m.vacancy_id = $1`,
      [created, owner],
    );
    expect(stored.every((row) => row.same)).toBe(true);
    expect(stored.some((row) => row.other)).toBe(true);
    expect(result.added).toBe(expected.length);
    expect(result.inReach).toBeGreaterThanOrEqual(expected.length);
  });

  it('keeps each person’s list cut with their computation, never claiming more than the list holds', async () => {
    const loader = new VacancyIndexLoader(db);
    await forgetAll();
    await new RefreshCandidateListsUseCase(db, loader, matching).execute(await activeIds(), today);
    const truth = async () =>
      new Map<string, { count: number; lowest: number | null }>(
        (
          await db.query(
            `SELECT c.id, count(best.score)::int AS count, min(best.score)::float8 AS lowest
               FROM candidates c
               LEFT JOIN LATERAL (SELECT m.score FROM matches m
                                   WHERE m.candidate_id = c.id AND m.for_candidate
                                   ORDER BY m.score DESC LIMIT $1) best ON true
              GROUP BY c.id`,
            [STORED_MATCHES.candidate],
          )
        ).map((row: { id: string; count: number; lowest: number | null }) => [row.id, row]),
      );
    const kept = async () =>
      new Map<string, { count: number | null; lowest: number | null }>(
        (
          await db.query(
            `SELECT subject_id AS id, list_count AS count, list_lowest AS lowest FROM match_subjects
              WHERE subject_type = 'candidate'`,
          )
        ).map((row: { id: string; count: number | null; lowest: number | null }) => [row.id, row]),
      );
    // A kept cut claims that `count` rows of the list score at least `lowest`.
    const overclaiming = async (): Promise<string[]> =>
      (
        await db.query(
          `SELECT s.subject_id FROM match_subjects s
            WHERE s.subject_type = 'candidate' AND s.list_count > 0
              AND s.list_count > (SELECT count(*) FROM matches m
                                   WHERE m.candidate_id = s.subject_id AND m.for_candidate
                                     AND m.score::float8 >= s.list_lowest)`,
        )
      ).map((row: { subject_id: string }) => row.subject_id);

    // After the refresh: every person's cut, exactly (no lowest for an empty list).
    const active = await activeIds();
    const exact = await truth();
    const afterRefresh = await kept();
    for (const id of active) expect(afterRefresh.get(id)).toEqual(exact.get(id));
    expect([...exact.values()].some((cut) => cut.count === STORED_MATCHES.candidate)).toBe(true);

    // The most held vacancy's pairs deleted: the trigger takes them off the counts.
    const [{ vacancy_id: popular }] = await db.query(
      `SELECT vacancy_id FROM matches WHERE for_candidate GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const [holders]: [Array<{ candidate_id: string }>, number] = await db.query(
      `DELETE FROM matches WHERE vacancy_id = $1 AND for_candidate RETURNING candidate_id`,
      [popular],
    );
    expect(holders.length).toBeGreaterThan(3);
    const afterDelete = await kept();
    const counted = await truth();
    for (const { candidate_id: id } of holders) {
      expect(afterDelete.get(id)!.count).toBe(afterRefresh.get(id)!.count! - 1);
      expect(afterDelete.get(id)!.count).toBe(counted.get(id)!.count);
    }
    expect(await overclaiming()).toEqual([]);

    // The vacancy held most often just above a list's lowest published a year ago: its recompute
    // lowers its pairs in people's lists, some below the list's lowest, and their kept cut goes down
    // with them.
    const [{ vacancy_id: changed }] = await db.query(
      `SELECT m.vacancy_id FROM matches m
         JOIN match_subjects s ON s.subject_type = 'candidate' AND s.subject_id = m.candidate_id
        WHERE m.for_candidate AND m.score::float8 < s.list_lowest + 5
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    await db.query(
      `UPDATE vacancies SET published_at = $2::date - 365, updated_at = now() WHERE id = $1`,
      [changed, today],
    );
    const before = new Map<string, number>(
      (
        await db.query(
          `SELECT candidate_id, score::float8 AS score FROM matches
            WHERE vacancy_id = $1 AND for_candidate`,
          [changed],
        )
      ).map((row: { candidate_id: string; score: number }) => [row.candidate_id, row.score]),
    );
    const recompute = new RecomputeMatchesUseCase(
      db,
      new FindMatchesForCandidate(db, matching),
      new FindMatchesForVacancy(db, matching, new PeopleIndexLoader(db)),
      matching,
    );
    await recompute.execute('vacancy', changed);
    const lowered: Array<{ candidate_id: string; score: number; lowest: number }> = await db.query(
      `SELECT m.candidate_id, m.score::float8 AS score, s.list_lowest AS lowest
         FROM matches m JOIN match_subjects s ON s.subject_type = 'candidate'
                                             AND s.subject_id = m.candidate_id
        WHERE m.vacancy_id = $1 AND m.for_candidate AND s.list_count > 0`,
      [changed],
    );
    // (Pairs new in a list that is not full may score below its lowest too, and lower it alike.)
    const fellBelow = lowered.filter(
      (row) =>
        before.has(row.candidate_id) && row.score < afterDelete.get(row.candidate_id)!.lowest!,
    );
    expect(fellBelow.length).toBeGreaterThan(0);
    for (const row of fellBelow) {
      expect(row.score).toBeLessThan(before.get(row.candidate_id)!);
      expect(row.lowest).toBe(row.score);
    }
    expect(await overclaiming()).toEqual([]);

    // A fair-share re-rank and the nightly clean-up keep the claim; TRUNCATE forgets every cut.
    await new RerankFairShareUseCase(db, matching).execute(changed);
    await new MatchesRepository(db).deleteInactivePairs(today);
    expect(await overclaiming()).toEqual([]);
    await db.query(`TRUNCATE matches, match_explanations`);
    expect([...(await kept()).values()].every((cut) => cut.count === null)).toBe(true);
  }, 60_000);

  it('plans the deleting triggers when they run: a connection that first deleted pairs on empty tables does not go on reading the explanations whole', async () => {
    await forgetAll();
    await db.query(`TRUNCATE matches, match_explanations`);
    await db.query(`VACUUM ANALYZE matches, match_explanations`);
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      // The connection's first deletion, the tables empty (a new installation's first refresh).
      await runner.query(`DELETE FROM matches WHERE candidate_id = gen_random_uuid()`);
      await refreshUseCase().execute(await activeIds(), today);
      const [pair]: Array<{ candidate_id: string; vacancy_id: string }> = await db.query(
        `SELECT candidate_id, vacancy_id FROM matches ORDER BY candidate_id, vacancy_id LIMIT 1`,
      );
      await runner.startTransaction();
      await runner.query(`DELETE FROM matches WHERE candidate_id = $1 AND vacancy_id = $2`, [
        pair.candidate_id,
        pair.vacancy_id,
      ]);
      // Rows read by sequential scans of the table in this transaction: none (its key finds the row).
      const [{ scanned }]: Array<{ scanned: number }> = await runner.query(
        `SELECT pg_stat_get_xact_tuples_returned('match_explanations'::regclass)::int AS scanned`,
      );
      await runner.commitTransaction();
      expect(scanned).toBe(0);
      const left: Array<{ n: number }> = await db.query(
        `SELECT count(*)::int AS n FROM match_explanations WHERE candidate_id = $1 AND vacancy_id = $2`,
        [pair.candidate_id, pair.vacancy_id],
      );
      expect(left[0].n).toBe(0);
    } finally {
      await runner.release();
    }
  }, 60_000);

  it('cuts a list at its best rows: a list holding more than its length is cut at its 100th best', async () => {
    const [{ id: vacancyId }]: Array<{ id: string }> = await db.query(
      `SELECT id FROM vacancies ORDER BY id LIMIT 1`,
    );
    await db.query(`DELETE FROM matches WHERE vacancy_id = $1`, [vacancyId]);
    // 130 people in the vacancy's list, scores 1 to 130 (a list grown past its 100 rows).
    const people: Array<{ id: string }> = await db.query(
      `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, distance_km,
                            contract_type, km_zero, reserved_l68, for_candidate, for_vacancy)
       SELECT c.id, $1, c.organisation_id, row_number() OVER (ORDER BY c.id), 1, 'A.02.00',
              false, NULL, false, true
         FROM candidates c ORDER BY c.id LIMIT 130
       RETURNING candidate_id AS id`,
      [vacancyId],
    );
    expect(people).toHaveLength(130);
    const best = (await db.query(
      `SELECT candidate_id FROM matches WHERE vacancy_id = $1 ORDER BY score DESC LIMIT 1`,
      [vacancyId],
    )) as Array<{ candidate_id: string }>;
    const cut = (excluding: string[]) =>
      listCuts(db.manager, 'vacancy', [vacancyId], excluding, STORED_MATCHES.vacancy);
    expect((await cut([])).get(vacancyId)).toEqual({ count: 100, lowest: 31 });
    // The person being recomputed is left out: the 101st best takes the last place.
    expect((await cut([best[0].candidate_id])).get(vacancyId)).toEqual({ count: 100, lowest: 30 });
    await db.query(`DELETE FROM matches WHERE vacancy_id = $1 AND score > 10`, [vacancyId]);
    expect((await cut([])).get(vacancyId)).toEqual({ count: 10, lowest: 1 });
    await db.query(`DELETE FROM matches WHERE vacancy_id = $1`, [vacancyId]);
    expect((await cut([])).has(vacancyId)).toBe(false);
  });

  it('keeps the cuts a refresh asks for a minute, counting in them the pairs the process puts in', async () => {
    const [{ id: vacancyId }, { id: emptyId }]: Array<{ id: string }> = await db.query(
      `SELECT id FROM vacancies ORDER BY id LIMIT 2`,
    );
    await db.query(`DELETE FROM matches WHERE vacancy_id = ANY($1)`, [[vacancyId, emptyId]]);
    await db.query(
      `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, distance_km,
                            contract_type, km_zero, reserved_l68, for_candidate, for_vacancy)
       SELECT c.id, $1, c.organisation_id, row_number() OVER (ORDER BY c.id), 1, 'A.02.00',
              false, NULL, false, true
         FROM candidates c ORDER BY c.id LIMIT 130`,
      [vacancyId],
    );
    let clock = 0;
    const cuts = new RecentListCuts(STORED_MATCHES.vacancy, 60_000, () => clock);
    expect(() => cuts.admits(vacancyId, 50)).toThrow();
    await cuts.read(db.manager, [vacancyId, emptyId], []);
    expect(cuts.cut(vacancyId)).toEqual({ count: 100, lowest: 31 });
    expect(cuts.admits(vacancyId, 31)).toBe(false);
    expect(cuts.admits(vacancyId, 40.5)).toBe(true);
    expect(cuts.cut(vacancyId)).toEqual({ count: 100, lowest: 32 });
    expect(cuts.cut(emptyId)).toBeUndefined();
    expect(cuts.admits(emptyId, 1)).toBe(true);
    expect(cuts.cut(emptyId)).toEqual({ count: 1, lowest: 1 });
    // Another process changes the list: seen at the first read after the minute.
    await db.query(`DELETE FROM matches WHERE vacancy_id = $1 AND score > 120`, [vacancyId]);
    clock = 30_000;
    await cuts.read(db.manager, [vacancyId], []);
    expect(cuts.cut(vacancyId)).toEqual({ count: 100, lowest: 32 });
    clock = 61_000;
    await cuts.read(db.manager, [vacancyId], []);
    expect(cuts.cut(vacancyId)).toEqual({ count: 100, lowest: 21 });
    // What was counted and not written is forgotten: read again when next asked.
    expect(cuts.admits(vacancyId, 90)).toBe(true);
    cuts.forget([vacancyId]);
    await cuts.read(db.manager, [vacancyId], []);
    expect(cuts.cut(vacancyId)).toEqual({ count: 100, lowest: 21 });
    await db.query(`DELETE FROM matches WHERE vacancy_id = $1`, [vacancyId]);
  });
});
