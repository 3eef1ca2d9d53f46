import { loadavg } from 'node:os';
import { activeCandidateSql } from '#libs/candidates';
import { todayInRome } from '#libs/kernel';
import { asOrganisationId } from '#libs/platform';
import { openVacancySql } from '#libs/vacancies';
import type { DataSource } from 'typeorm';
import type { PossiblePair } from '../domain/match-result.types.js';
import { rankCandidates, rankVacancies } from '../domain/match-ranking.rules.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { PeopleIndexLoader } from '../compute/people-index.loader.js';
import { VacancyIndexLoader } from '../compute/vacancy-index.loader.js';
import { MATCHING_DEBOUNCE_MS } from '../jobs/matching.jobs.js';
import { RefreshBatchReader, type RefreshCandidate } from '../store/refresh-batch.reader.js';
import { FindMatchesForCandidate } from '../use-cases/find-matches-for-candidate.use-case.js';
import { FindMatchesForVacancy } from '../use-cases/find-matches-for-vacancy.use-case.js';
import { PushVacancyToPeopleUseCase } from '../use-cases/push-vacancy-to-people.use-case.js';
import { RecomputeMatchesUseCase } from '../use-cases/recompute-matches.use-case.js';
import {
  REFRESH_BATCH,
  RefreshCandidateListsUseCase,
} from '../use-cases/refresh-candidate-lists.use-case.js';
import { latencyStats, type LatencyStats, speedup, timeEach } from './latency-stats.js';

export interface ThroughputBenchOptions {
  queries?: number;
  baselineQueries?: number;
  today?: string;
}

interface Compared {
  limit: number;
  indexed: LatencyStats & { meanSurvivors: number; meanScored: number };
  /** The core over every visible record already in memory (no database read): a faster baseline than the naive path's, so the speed-ups are lower bounds. */
  baseline: LatencyStats;
  speedupP50: number;
  speedupP95: number;
  sameTopN: string;
}

export interface ThroughputBenchReport {
  visibility: string;
  /** Load average of the machine (1 min) before and after: latencies on a shared machine vary. */
  loadAverage: number[];
  /** Heaps and typed arrays after a garbage collection (see heapAfterGc). */
  index: { vacancies: number; loadSeconds: number; heapUsedMb: number };
  /** The worker's index of active people (a vacancy's top 50 reads it). */
  peopleIndex: { people: number; loadSeconds: number; heapUsedMb: number };
  candidateTop20: Compared;
  vacancyTop50: Compared;
}

export interface NewVacancyBenchReport {
  /** Lists computed first for the people in the models' reach who held none (untimed). */
  listsPrepared: number;
  /** The recompute job of a new vacancy: its own list, then every person's list it beats. */
  job: LatencyStats;
  /** The job's debounce delay plus its run's p95: from the commit to the lists. */
  commitToListsP95Ms: number;
  meanPeopleInReach: number;
  meanListsEntered: number;
}

const sameTop = (a: PossiblePair[], b: PossiblePair[]) =>
  JSON.stringify(a.map((p) => [p.candidateId, p.vacancyId, p.score])) ===
  JSON.stringify(b.map((p) => [p.candidateId, p.vacancyId, p.score]));

const mb = (bytes: number) => Math.round(bytes / 1048576);

/**
 * The memory the process's objects and typed arrays hold (the indexes keep their columns in typed
 * arrays, outside the heap) once garbage is collected (`npm run bench` runs node with --expose-gc;
 * without it, garbage of the load is counted too).
 */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Matching as the networks' rule has it (run on the data of BENCH_NETWORK=1 for every vacancy of the
 * region shared in one network of every organisation; the index and the reverse query follow the
 * real rule, VacancyFactsReader.organisationsSeeing and organisationsSeeingVacancySql): a person's
 * top 20 from the in-memory vacancy index, a vacancy's top 50 as the recompute job computes it (the
 * in-memory people index over every organisation that sees it: FindMatchesForVacancy), each beside
 * the core run over every visible record, and the time a new vacancy takes to reach the people's
 * lists.
 */
export async function runThroughputBench(
  dataSource: DataSource,
  options: ThroughputBenchOptions = {},
  log: (line: string) => void = () => undefined,
): Promise<ThroughputBenchReport> {
  const { queries = 200, baselineQueries = 10 } = options;
  const loadBefore = loadavg()[0];
  const today = options.today ?? todayInRome();
  const matching = new MatchingTaxonomy();
  const context = matching.context(today);
  const organisations: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM organisations ORDER BY id`,
  );
  const [{ shared }]: Array<{ shared: number }> = await dataSource.query(
    `SELECT count(DISTINCT vacancy_id)::int AS shared FROM vacancy_networks`,
  );
  const loader = new VacancyIndexLoader(dataSource);
  const heapBefore = heapAfterGc();
  const started = performance.now();
  const index = await loader.current(today);
  const loadSeconds = Math.round(performance.now() - started) / 1000;
  const heapUsedMb = mb(heapAfterGc() - heapBefore);
  log(`  indice: ${index.size} offerte in ${loadSeconds} s`);
  const reader = new RefreshBatchReader(dataSource);

  const people: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM candidates c WHERE ${activeCandidateSql('c')} ORDER BY md5(id::text || 'rete') LIMIT $1`,
    [queries],
  );
  const load = async (id: string) => (await reader.candidates([id]))[0];
  const top20 = async (id: string) => {
    const person = await load(id);
    return index.topFor(person.profile, person.organisationId, context, 20);
  };
  await timeEach(people.slice(0, 5), (p) => top20(p.id));
  let survivors = 0;
  let scored = 0;
  const fast = await timeEach(
    people,
    (p) => top20(p.id),
    (_, r) => {
      survivors += r.survivors;
      scored += r.scored;
    },
  );
  const reference = people.slice(0, baselineQueries);
  const naive = new Map<string, PossiblePair[]>();
  const slow = await timeEach(
    reference,
    async (p) => {
      const person = await load(p.id);
      return rankVacancies(
        person.profile,
        index.visibleTo(person.organisationId, today),
        context,
        20,
      );
    },
    (p, top) => naive.set(p.id, top),
  );
  let same = 0;
  for (const p of reference) if (sameTop((await top20(p.id)).pairs, naive.get(p.id)!)) same += 1;
  const candidateTop20 = compared(20, fast, slow, survivors, scored, same, reference.length);
  log(`  persona top 20: p95 ${candidateTop20.indexed.p95} ms, ${candidateTop20.speedupP95}x`);

  const vacancies: Array<{ id: string; organisation_id: string }> = await dataSource.query(
    `SELECT id, organisation_id FROM vacancies v WHERE ${openVacancySql('v', '$1::date')}
      ORDER BY md5(id::text || 'rete') LIMIT $2`,
    [today, queries],
  );
  // As the recompute job computes a vacancy's own list: from the worker's people index.
  const peopleLoader = new PeopleIndexLoader(dataSource);
  const peopleHeapBefore = heapAfterGc();
  const peopleStarted = performance.now();
  const peopleIndex = await peopleLoader.current();
  const peopleLoadSeconds = Math.round(performance.now() - peopleStarted) / 1000;
  const peopleReport = {
    people: peopleIndex.size,
    loadSeconds: peopleLoadSeconds,
    heapUsedMb: mb(heapAfterGc() - peopleHeapBefore),
  };
  log(`  indice delle persone: ${peopleReport.people} persone in ${peopleReport.loadSeconds} s`);
  const forVacancy = new FindMatchesForVacancy(dataSource, matching, peopleLoader);
  const top50 = async (v: { id: string; organisation_id: string }) =>
    (await forVacancy.execute({
      organisationId: asOrganisationId(v.organisation_id),
      id: v.id,
      limit: 50,
      today,
    }))!;
  await timeEach(vacancies.slice(0, 5), top50);
  survivors = 0;
  scored = 0;
  const fastV = await timeEach(vacancies, top50, (_, r) => {
    survivors += r.survivors;
    scored += r.scored;
  });
  log('  tutte le persone in memoria per il confronto...');
  const everyone = await everyActivePerson(dataSource, reader);
  const referenceV = vacancies.slice(0, baselineQueries);
  const naiveV = new Map<string, PossiblePair[]>();
  const slowV = await timeEach(
    referenceV,
    async (v) => {
      const vacancy = index.get(v.id)!;
      const visible = everyone.filter((c) => vacancy.visibleTo.has(c.organisationId));
      return rankCandidates(
        vacancy.profile,
        visible.map((c) => c.profile),
        context,
        50,
      );
    },
    (v, top) => naiveV.set(v.id, top),
  );
  everyone.length = 0;
  same = 0;
  for (const v of referenceV) if (sameTop((await top50(v)).pairs, naiveV.get(v.id)!)) same += 1;
  const vacancyTop50 = compared(50, fastV, slowV, survivors, scored, same, referenceV.length);
  log(`  offerta top 50: p95 ${vacancyTop50.indexed.p95} ms, ${vacancyTop50.speedupP95}x`);

  return {
    visibility:
      shared > 0
        ? `${shared} vacancies shared in networks, ${organisations.length} organisations (the networks' rule)`
        : `each vacancy visible to its own organisation only (${organisations.length} organisations; BENCH_NETWORK=1 shares them in one network)`,
    loadAverage: [loadBefore, loadavg()[0]].map((load) => Math.round(load * 10) / 10),
    index: { vacancies: index.size, loadSeconds, heapUsedMb },
    peopleIndex: peopleReport,
    candidateTop20,
    vacancyTop50,
  };
}

function compared(
  limit: number,
  fast: number[],
  slow: number[],
  survivors: number,
  scored: number,
  same: number,
  of: number,
): Compared {
  const indexed = latencyStats(fast);
  const baseline = latencyStats(slow);
  return {
    limit,
    indexed: {
      ...indexed,
      meanSurvivors: Math.round(survivors / Math.max(1, fast.length)),
      meanScored: Math.round(scored / Math.max(1, fast.length)),
    },
    baseline,
    speedupP50: speedup(baseline.p50, indexed.p50),
    speedupP95: speedup(baseline.p95, indexed.p95),
    sameTopN: `${same}/${of}`,
  };
}

async function everyActivePerson(
  dataSource: DataSource,
  reader: RefreshBatchReader,
): Promise<RefreshCandidate[]> {
  const people: RefreshCandidate[] = [];
  let after: string | null = null;
  for (;;) {
    const rows: Array<{ id: string }> = await dataSource.query(
      `SELECT id FROM candidates c WHERE ${activeCandidateSql('c')} AND ($1::uuid IS NULL OR id > $1)
        ORDER BY id LIMIT 5000`,
      [after],
    );
    if (rows.length === 0) return people;
    people.push(...(await reader.candidates(rows.map((r) => r.id))).filter((c) => c.active));
    after = rows[rows.length - 1].id;
  }
}

/**
 * Computes, untimed, the list of every person in the reach of the model vacancies who holds none
 * (never computed), as the nightly refresh would have: a partial refresh leaves most people without
 * one, and a new vacancy would enter every such list (20,000-80,000 rows for a site near Milan,
 * where with every list stored it enters a few hundred). Returns how many were computed.
 */
async function listsForEveryoneInReach(
  dataSource: DataSource,
  matching: MatchingTaxonomy,
  vacancies: VacancyIndexLoader,
  people: PeopleIndexLoader,
  models: ReadonlyArray<{ id: string }>,
  today: string,
): Promise<number> {
  const context = matching.context(today);
  const index = await vacancies.current(today);
  const reached = new Set<string>();
  for (const model of models) {
    const vacancy = index.get(model.id);
    if (vacancy)
      for (const row of await people.reach(vacancy.profile, context)) reached.add(row.id);
  }
  const unlisted: Array<{ id: string }> = await dataSource.query(
    `SELECT r.id FROM unnest($1::uuid[]) AS r(id)
      WHERE NOT EXISTS (SELECT 1 FROM match_subjects s WHERE s.subject_type = 'candidate'
                          AND s.subject_id = r.id AND s.computed_at IS NOT NULL)`,
    [[...reached]],
  );
  const refresh = new RefreshCandidateListsUseCase(dataSource, vacancies, matching);
  for (let start = 0; start < unlisted.length; start += REFRESH_BATCH) {
    await refresh.execute(
      unlisted.slice(start, start + REFRESH_BATCH).map((row) => row.id),
      today,
    );
  }
  return unlisted.length;
}

/**
 * How long a new vacancy takes to reach the lists of the people in its reach, every one of whom
 * holds a list (listsForEveryoneInReach): copies of sampled open vacancies are created
 * one at a time and published to their models' networks, each processed as its recompute job does
 * (its own list, then the people's lists it beats), and removed afterwards.
 */
export async function runNewVacancyBench(
  dataSource: DataSource,
  count = 8,
  today: string = todayInRome(),
): Promise<NewVacancyBenchReport> {
  const matching = new MatchingTaxonomy();
  const loader = new VacancyIndexLoader(dataSource);
  await loader.current(today);
  const models: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM vacancies v WHERE ${openVacancySql('v', '$1::date')}
      ORDER BY md5(id::text || 'nuova') LIMIT $2`,
    [today, count],
  );
  const people = new PeopleIndexLoader(dataSource);
  await people.current();
  const listsPrepared = await listsForEveryoneInReach(
    dataSource,
    matching,
    loader,
    people,
    models,
    today,
  );
  const recompute = new RecomputeMatchesUseCase(
    dataSource,
    new FindMatchesForCandidate(dataSource, matching),
    new FindMatchesForVacancy(dataSource, matching, people),
    matching,
  );
  const push = new PushVacancyToPeopleUseCase(dataSource, loader, matching, people);
  const columns: Array<{ column_name: string }> = await dataSource.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'vacancies' AND is_generated = 'NEVER'
        AND column_name NOT IN ('id', 'created_at', 'updated_at')`,
  );
  const list = columns.map((c) => `"${c.column_name}"`).join(', ');
  const created: string[] = [];
  let reach = 0;
  let entered = 0;
  try {
    const durations: number[] = [];
    for (const model of models.slice(0, count)) {
      const [{ id }]: Array<{ id: string }> = await dataSource.query(
        `INSERT INTO vacancies (id, ${list}) SELECT gen_random_uuid(), ${list} FROM vacancies
          WHERE id = $1 RETURNING id`,
        [model.id],
      );
      // Published to the networks its model is published to (the network run: to every
      // organisation's people), as a coordinator's member publishes it: before its job runs.
      await dataSource.query(
        `INSERT INTO vacancy_networks (vacancy_id, network_id)
         SELECT $1, network_id FROM vacancy_networks WHERE vacancy_id = $2`,
        [id, model.id],
      );
      created.push(id);
      const started = performance.now();
      await recompute.execute('vacancy', id);
      const result = await push.execute(id, today);
      durations.push(performance.now() - started);
      reach += result.inReach;
      entered += result.added;
    }
    const job = latencyStats(durations);
    return {
      listsPrepared,
      job,
      commitToListsP95Ms: Math.round(MATCHING_DEBOUNCE_MS + job.p95),
      meanPeopleInReach: Math.round(reach / Math.max(1, created.length)),
      meanListsEntered: Math.round(entered / Math.max(1, created.length)),
    };
  } finally {
    await dataSource.query(`DELETE FROM match_subjects WHERE subject_id = ANY($1::uuid[])`, [
      created,
    ]);
    await dataSource.query(`DELETE FROM vacancies WHERE id = ANY($1::uuid[])`, [created]);
  }
}
