import type { ContractType, L68Category } from '#libs/kernel';
import type { EntityManager } from 'typeorm';
import type { ConstraintResult, MatchFactor } from '../domain/match-result.types.js';
import { writingExplanations } from './match-explanations.sql.js';
import { listCutColumns } from './stored-list-cuts.js';

export type MatchSubjectType = 'candidate' | 'vacancy';

export interface MatchSubject {
  type: MatchSubjectType;
  id: string;
  organisationId: string;
}

/**
 * A stored match as a record of the writers' JSON documents (json_to_recordset): the columns of
 * `matches` and the packed explanation, written as text around the explanation's own (a refresh
 * writes tens of thousands of them a minute: building an object of each to serialise it whole cost
 * the worker more than the text).
 */
export function storedMatchJson(row: StoredMatch): string {
  const distanceKm = Math.round(row.distanceKm * 100) / 100;
  return (
    `{"candidate_id":${JSON.stringify(row.candidateId)},"vacancy_id":${JSON.stringify(row.vacancyId)},` +
    `"score":${row.score},"factors":${row.explanation},"distance_km":${distanceKm},` +
    `"contract_type":${JSON.stringify(row.contractType)},"km_zero":${row.kmZero},` +
    `"reserved_l68":${JSON.stringify(row.reservedL68)},` +
    `"for_candidate":${row.forCandidate},"for_vacancy":${row.forVacancy}}`
  );
}

/** The JSON document of these rows that upsertStoredMatchesSql reads as `$1`. */
export function storedMatchesDocument(rows: readonly StoredMatch[]): string {
  return `[${rows.map(storedMatchJson).join(',')}]`;
}

/** The explanation kept with a stored match, as the core wrote it (redacted on read). */
export interface StoredExplanation {
  summary: string;
  constraints: ConstraintResult[];
  factors: MatchFactor[];
}

export interface StoredMatch {
  candidateId: string;
  vacancyId: string;
  score: number;
  /** The explanation packed as stored, in JSON (packedExplanationJson). */
  explanation: string;
  distanceKm: number;
  contractType: ContractType;
  kmZero: boolean;
  reservedL68: L68Category | null;
  /** Among the candidate's best vacancies. */
  forCandidate: boolean;
  /** Among the vacancy's best candidates. */
  forVacancy: boolean;
}

/** The column of a subject's own id in `matches`, and the column of the other side's. */
export const KEY_COLUMN: Record<MatchSubjectType, string> = {
  candidate: 'candidate_id',
  vacancy: 'vacancy_id',
};
export const OTHER_COLUMN: Record<MatchSubjectType, string> = {
  candidate: 'vacancy_id',
  vacancy: 'candidate_id',
};

/**
 * The statement that writes stored matches from the JSON document `$1` (storedMatchesDocument),
 * each under its person's organisation (read from candidates) and with its explanation; a pair
 * already stored keeps its first_seen_at. `lists`: `'recorded'` sets both list flags as the records
 * carry them, `'candidate'` puts the pairs in the people's lists and leaves a stored pair's vacancy
 * flag as it is (a new pair is not in the vacancy's list). `where`: a condition on the person's row
 * `c`.
 */
export function upsertStoredMatchesSql(lists: 'recorded' | 'candidate', where = 'true'): string {
  const [flags, setFlags] =
    lists === 'recorded'
      ? [
          'r.for_candidate, r.for_vacancy',
          'for_candidate = EXCLUDED.for_candidate, for_vacancy = EXCLUDED.for_vacancy',
        ]
      : ['true, false', 'for_candidate = true'];
  return writingExplanations(
    `json_to_recordset($1::json) AS r(candidate_id uuid, vacancy_id uuid, score numeric,
       factors json, distance_km numeric, contract_type text, km_zero boolean, reserved_l68 text,
       for_candidate boolean, for_vacancy boolean)`,
    `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, distance_km,
                          contract_type, km_zero, reserved_l68, for_candidate, for_vacancy)
     SELECT r.candidate_id, r.vacancy_id, c.organisation_id, r.score, r.distance_km,
            r.contract_type, r.km_zero, r.reserved_l68, ${flags}
       FROM r
       JOIN candidates c ON c.id = r.candidate_id
      WHERE ${where}
     ON CONFLICT (candidate_id, vacancy_id) DO UPDATE SET
       score = EXCLUDED.score, distance_km = EXCLUDED.distance_km,
       contract_type = EXCLUDED.contract_type, km_zero = EXCLUDED.km_zero,
       reserved_l68 = EXCLUDED.reserved_l68, ${setFlags}, computed_at = now()`,
  );
}

/**
 * A stored pair belongs to the person's organisation (each organisation sees only its own people).
 * A candidate's pairs are all of its organisation; a vacancy's pairs are of every organisation that
 * sees it (its own and its networks'), so they are not narrowed to one.
 */
export function subjectPairsOrganisation(
  type: MatchSubjectType,
  organisation: string,
  column = 'organisation_id',
): string {
  return type === 'candidate' ? `${column} = ${organisation}` : `${organisation}::uuid IS NOT NULL`;
}

/**
 * Replaces the stored matches of one subject inside the caller's transaction: rows of pairs no longer
 * kept are deleted, kept ones are upserted with the new score (first_seen_at stays, so "new since my
 * last visit" means new pairs, not rescored ones).
 */
export async function replaceSubjectMatches(
  manager: EntityManager,
  subject: MatchSubject,
  rows: readonly StoredMatch[],
): Promise<void> {
  const keep = rows.map((row) => (subject.type === 'candidate' ? row.vacancyId : row.candidateId));
  await manager.query(
    `DELETE FROM matches WHERE ${KEY_COLUMN[subject.type]} = $1
        AND ${subjectPairsOrganisation(subject.type, '$2')}
        AND NOT (${OTHER_COLUMN[subject.type]} = ANY($3::uuid[]))`,
    [subject.id, subject.organisationId, keep],
  );
  if (rows.length === 0) return;
  await manager.query(
    upsertStoredMatchesSql(
      'recorded',
      subjectPairsOrganisation(subject.type, '$2', 'c.organisation_id'),
    ),
    [storedMatchesDocument(rows), subject.organisationId],
  );
}

/** A list's cut: how many of its best rows it holds (at most its length), the lowest of them. */
export interface ListCut {
  count: number;
  lowest: number;
}

/** Whether a pair with this score enters a list of `size` with this cut (`undefined`: empty). */
export function entersList(cut: ListCut | undefined, size: number, score: number): boolean {
  return !cut || cut.count < size || score > cut.lowest;
}

/**
 * The current cut of other subjects' lists of `size` (how many stored rows each has, up to `size`,
 * and the lowest score among its `size` best), leaving out the rows of `excluding` (the subjects
 * being recomputed, whose rows are about to be replaced). A pair enters a list that is not full or
 * whose `size`-th best it beats; the rows it pushes below stay until the list's own subject is
 * recomputed. The cut was once the lowest of every stored row: each pair that beat it entered and
 * none left, so a full refresh grew some vacancies' lists to thousands of rows, and every cut asked
 * read them all. Read list by list through the lists' index: asked for thousands of lists, a plain
 * `= ANY` let the planner scan the whole table whenever its statistics lagged behind a fast-growing
 * table (a new installation's first refresh, or a refresh after a mass change).
 */
export async function listCuts(
  manager: EntityManager,
  side: MatchSubjectType,
  ids: readonly string[],
  excluding: readonly string[],
  size: number,
): Promise<Map<string, ListCut>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string } & ListCut> = await manager.query(
    `SELECT l.id, cut.count, cut.lowest
       FROM unnest($1::uuid[]) AS l(id)
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS count, min(best.score)::float8 AS lowest
          FROM (${listBestSql(side, 'l.id', '$2', '$3')}) best) cut
      WHERE cut.count > 0`,
    [ids, excluding, size],
  );
  return new Map(rows.map((row) => [row.id, { count: row.count, lowest: row.lowest }]));
}

/**
 * The scores of the `size` best rows of the list of `side` subject `id`, leaving out the rows of the
 * other side's `excluding` (SQL expressions: a column or a parameter each).
 */
export function listBestSql(
  side: MatchSubjectType,
  id: string,
  excluding: string,
  size: string,
): string {
  const flag = side === 'candidate' ? 'for_candidate' : 'for_vacancy';
  return `SELECT m.score FROM matches m
           WHERE m.${KEY_COLUMN[side]} = ${id} AND m.${flag}
             AND m.${OTHER_COLUMN[side]} <> ALL(${excluding}::uuid[])
           ORDER BY m.score DESC LIMIT ${size}`;
}

/**
 * Marks the subject computed; a request newer than the start of this computation stays pending. A
 * person's `cut` is the one their new list leaves (ownListCut); a vacancy keeps none.
 */
export async function markComputed(
  manager: EntityManager,
  subject: MatchSubject,
  startedAt: Date,
  cut: ListCut | null = null,
): Promise<void> {
  await manager.query(
    `INSERT INTO match_subjects (subject_type, subject_id, organisation_id, computed_at, computations,
                                 list_count, list_lowest)
     VALUES ($1, $2, $3, now(), 1, $5, $6)
     ON CONFLICT (subject_type, subject_id) DO UPDATE SET
       computed_at = now(), computations = match_subjects.computations + 1,
       requested_at = CASE WHEN match_subjects.requested_at <= $4 THEN NULL
                           ELSE match_subjects.requested_at END,
       list_count = EXCLUDED.list_count, list_lowest = EXCLUDED.list_lowest`,
    [subject.type, subject.id, subject.organisationId, startedAt, ...listCutColumns(cut)],
  );
}
