import { activeCandidateSql } from '#libs/candidates';
import { todayInRome } from '#libs/kernel';
import { asOrganisationId } from '#libs/platform';
import { openVacancySql } from '#libs/vacancies';
import type { DataSource } from 'typeorm';
import type { PossiblePair } from '../domain/match-result.types.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { FindMatchesForCandidate } from '../use-cases/find-matches-for-candidate.use-case.js';
import { FindMatchesForVacancy } from '../use-cases/find-matches-for-vacancy.use-case.js';
import { RecomputeMatchesUseCase } from '../use-cases/recompute-matches.use-case.js';
import { RefreshCandidateListsUseCase } from '../use-cases/refresh-candidate-lists.use-case.js';
import { PeopleIndexLoader } from '../compute/people-index.loader.js';
import { VacancyIndexLoader } from '../compute/vacancy-index.loader.js';
import { RefreshBatchReader } from '../store/refresh-batch.reader.js';
import { latencyStats, type LatencyStats, speedup, timeEach } from './latency-stats.js';
import { naiveCandidatesForVacancy, naiveVacanciesForCandidate } from './naive-baseline.js';

export interface MatchingBenchOptions {
  /** Queries measured on the indexed path, per direction. */
  queries?: number;
  /** Queries measured on the naive path (it is slow), per direction. */
  baselineQueries?: number;
  /** Candidates and vacancies recomputed (each) to measure the worker's throughput. */
  recomputes?: number;
  today?: string;
}

interface Direction {
  limit: number;
  indexed: LatencyStats & { meanSurvivors: number; meanScored: number };
  baseline: LatencyStats;
  speedupP50: number;
  speedupP95: number;
  /** Baseline queries whose top N (ids and scores) the indexed path reproduced exactly. */
  sameTopN: string;
}

export interface MatchingBenchReport {
  data: { openVacancies: number; activeCandidates: number; organisations: number };
  /** The worker's in-memory vacancy index: how a person's list is computed (load not counted). */
  candidateTop20: Direction & { indexLoadSeconds: number };
  /** The SQL pre-filter path for a person (FindMatchesForCandidate), for reference. */
  candidateTop20Sql: Direction;
  vacancyTop50: Direction;
  recompute: { recomputes: number; seconds: number; perSecond: number; latency: LatencyStats };
}

type Subject = { id: string; organisation_id: string };

/** `sql` may use `$1` (today); the sample's size is `$2`. */
async function sample(
  dataSource: DataSource,
  sql: string,
  today: string,
  n: number,
): Promise<Subject[]> {
  return dataSource.query(
    `${sql} AND $1::date IS NOT NULL ORDER BY md5(id::text || 'bench') LIMIT $2`,
    [today, n],
  );
}

const sameTop = (a: PossiblePair[], b: PossiblePair[]) =>
  JSON.stringify(a.map((p) => [p.candidateId, p.vacancyId, p.score])) ===
  JSON.stringify(b.map((p) => [p.candidateId, p.vacancyId, p.score]));

/**
 * Measures matching on the data in `dataSource`'s schema: a candidate's top 20 and a vacancy's top 50
 * on the paths the jobs run (a person's from the worker's in-memory vacancy index, a vacancy's from
 * its in-memory people index), each beside the naive path measured in the same run, a person's top 20 on the
 * SQL path too (for reference), and the throughput of the recomputation the worker does. No side
 * effects on import.
 */
export async function runMatchingBench(
  dataSource: DataSource,
  options: MatchingBenchOptions = {},
): Promise<MatchingBenchReport> {
  const { queries = 200, baselineQueries = 30, recomputes = 200 } = options;
  const today = options.today ?? todayInRome();
  const matching = new MatchingTaxonomy();
  const forCandidate = new FindMatchesForCandidate(dataSource, matching);
  const peopleIndex = new PeopleIndexLoader(dataSource);
  const forVacancy = new FindMatchesForVacancy(dataSource, matching, peopleIndex);
  const recompute = new RecomputeMatchesUseCase(dataSource, forCandidate, forVacancy, matching);
  const indexes = new VacancyIndexLoader(dataSource);
  const refresh = new RefreshCandidateListsUseCase(dataSource, indexes, matching);
  const people = new RefreshBatchReader(dataSource);
  const context = matching.context(today);

  // Open on the day the benchmark matches (expired vacancies left out), active cases.
  const open = `FROM vacancies v WHERE ${openVacancySql('v', '$1::date')}`;
  const active = `FROM candidates c WHERE ${activeCandidateSql('c')}`;
  const [data] = await dataSource.query(
    `SELECT (SELECT count(*)::int ${open}) AS "openVacancies",
            (SELECT count(*)::int ${active}) AS "activeCandidates",
            (SELECT count(*)::int FROM organisations) AS organisations`,
    [today],
  );
  const candidates = await sample(
    dataSource,
    `SELECT id, organisation_id ${active}`,
    today,
    queries + recomputes,
  );
  const vacancies = await sample(
    dataSource,
    `SELECT id, organisation_id ${open}`,
    today,
    queries + recomputes,
  );

  const loadStarted = performance.now();
  const index = await indexes.current(today);
  await peopleIndex.current();
  const indexLoadSeconds = Math.round(performance.now() - loadStarted) / 1000;
  // As the worker computes a person's list: the person read, then the index (no query).
  const candidateTop = async (c: Subject) => {
    const [person] = await people.candidates([c.id]);
    return index.topFor(person.profile, person.organisationId, context, 20);
  };
  const candidateTopSql = (c: Subject) =>
    forCandidate.execute({
      organisationId: asOrganisationId(c.organisation_id),
      id: c.id,
      limit: 20,
      today,
    });
  const vacancyTop = (v: Subject) =>
    forVacancy.execute({
      organisationId: asOrganisationId(v.organisation_id),
      id: v.id,
      limit: 50,
      today,
    });

  async function direction<R extends { pairs: PossiblePair[]; survivors: number; scored: number }>(
    subjects: Subject[],
    limit: number,
    indexed: (s: Subject) => Promise<R | null>,
    naive: (s: Subject) => Promise<PossiblePair[]>,
  ): Promise<Direction> {
    await timeEach(subjects.slice(0, 5), indexed);
    let survivors = 0;
    let scored = 0;
    const fast = await timeEach(subjects.slice(0, queries), indexed, (_, result) => {
      survivors += result?.survivors ?? 0;
      scored += result?.scored ?? 0;
    });
    const reference = subjects.slice(0, baselineQueries);
    const naiveTops = new Map<string, PossiblePair[]>();
    const slow = await timeEach(reference, naive, (s, top) => naiveTops.set(s.id, top));
    let same = 0;
    for (const s of reference) {
      const result = await indexed(s);
      if (sameTop(result?.pairs ?? [], naiveTops.get(s.id) ?? [])) same += 1;
    }
    const indexedStats = latencyStats(fast);
    const baselineStats = latencyStats(slow);
    return {
      limit,
      indexed: {
        ...indexedStats,
        meanSurvivors: Math.round(survivors / Math.max(1, fast.length)),
        meanScored: Math.round(scored / Math.max(1, fast.length)),
      },
      baseline: baselineStats,
      speedupP50: speedup(baselineStats.p50, indexedStats.p50),
      speedupP95: speedup(baselineStats.p95, indexedStats.p95),
      sameTopN: `${same}/${reference.length}`,
    };
  }

  const naiveForCandidate = (c: Subject) =>
    naiveVacanciesForCandidate(dataSource, c.organisation_id, c.id, context, 20);
  const candidateTop20 = {
    ...(await direction(candidates, 20, candidateTop, naiveForCandidate)),
    indexLoadSeconds,
  };
  const candidateTop20Sql = await direction(candidates, 20, candidateTopSql, naiveForCandidate);
  const vacancyTop50 = await direction(vacancies, 50, vacancyTop, (v) =>
    naiveCandidatesForVacancy(dataSource, v.organisation_id, v.id, context, 50),
  );

  const jobs = [
    ...candidates.slice(queries).map((c) => ['candidate', c.id] as const),
    ...vacancies.slice(queries).map((v) => ['vacancy', v.id] as const),
  ];
  const started = performance.now();
  // As the worker runs them: a person's list from the index, a vacancy's from SQL.
  const durations = await timeEach(jobs, ([type, id]) =>
    type === 'candidate' ? refresh.execute([id], today) : recompute.execute(type, id),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    data,
    candidateTop20,
    candidateTop20Sql,
    vacancyTop50,
    recompute: {
      recomputes: jobs.length,
      seconds: Math.round(seconds * 100) / 100,
      perSecond: Math.round((jobs.length / seconds) * 10) / 10,
      latency: latencyStats(durations),
    },
  };
}
