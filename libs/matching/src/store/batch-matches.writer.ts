import type { EntityManager } from 'typeorm';
import {
  type MatchSubject,
  type MatchSubjectType,
  type StoredMatch,
  storedMatchRecord,
} from './stored-matches.writer.js';
import { writingExplanations } from './match-explanations.sql.js';

/** Rows written per statement: each explanation is over a kB, and one JSON document is capped. */
const ROWS_PER_STATEMENT = 2000;

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    yield rows.slice(start, start + ROWS_PER_STATEMENT);
  }
}

const KEY: Record<MatchSubjectType, string> = { candidate: 'candidate_id', vacancy: 'vacancy_id' };
const OTHER: Record<MatchSubjectType, string> = {
  candidate: 'vacancy_id',
  vacancy: 'candidate_id',
};

/**
 * Replaces the stored matches of many subjects of one side in one statement each (the batched form
 * of replaceSubjectMatches, inside the caller's transaction): pairs no longer kept are deleted, kept
 * ones upserted with their new score, first_seen_at unchanged. Each row is stored under its
 * PERSON's organisation (read from candidates, as replaceSubjectMatches does): a vacancy shared in a
 * network has pairs in several organisations, a person's are all of its own.
 */
export async function replaceManySubjectsMatches(
  manager: EntityManager,
  type: MatchSubjectType,
  subjects: readonly MatchSubject[],
  rows: readonly StoredMatch[],
): Promise<void> {
  if (subjects.length === 0) return;
  const key = (row: StoredMatch) => (type === 'candidate' ? row.candidateId : row.vacancyId);
  const other = (row: StoredMatch) => (type === 'candidate' ? row.vacancyId : row.candidateId);
  await manager.query(
    `DELETE FROM matches m
      WHERE m.${KEY[type]} = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::uuid[]) AS k(subject, other)
                         WHERE k.subject = m.${KEY[type]} AND k.other = m.${OTHER[type]})`,
    [subjects.map((s) => s.id), rows.map(key), rows.map(other)],
  );
  if (rows.length === 0) return;
  const json = rows.map(storedMatchRecord);
  for (const chunk of chunks(json)) {
    await manager.query(
      writingExplanations(
        `jsonb_to_recordset($1::jsonb) AS r(candidate_id uuid, vacancy_id uuid, score numeric, factors jsonb,
           distance_km numeric, contract_type text, km_zero boolean, reserved_l68 text,
           for_candidate boolean, for_vacancy boolean)`,
        `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, distance_km,
                          contract_type, km_zero, reserved_l68, for_candidate, for_vacancy)
     SELECT r.candidate_id, r.vacancy_id, c.organisation_id, r.score, r.distance_km,
            r.contract_type, r.km_zero, r.reserved_l68, r.for_candidate, r.for_vacancy
       FROM r
       JOIN candidates c ON c.id = r.candidate_id
     ON CONFLICT (candidate_id, vacancy_id) DO UPDATE SET
       score = EXCLUDED.score, distance_km = EXCLUDED.distance_km,
       contract_type = EXCLUDED.contract_type, km_zero = EXCLUDED.km_zero,
       reserved_l68 = EXCLUDED.reserved_l68, for_candidate = EXCLUDED.for_candidate,
       for_vacancy = EXCLUDED.for_vacancy, computed_at = now()`,
      ),
      [JSON.stringify(chunk)],
    );
  }
}

/** markComputed for many subjects of one side at once. */
export async function markManyComputed(
  manager: EntityManager,
  type: MatchSubjectType,
  subjects: readonly MatchSubject[],
  startedAt: Date,
): Promise<void> {
  if (subjects.length === 0) return;
  await manager.query(
    `INSERT INTO match_subjects (subject_type, subject_id, organisation_id, computed_at, computations)
     SELECT $1, s.id, s.organisation_id, now(), 1
       FROM unnest($2::uuid[], $3::uuid[]) AS s(id, organisation_id)
     ON CONFLICT (subject_type, subject_id) DO UPDATE SET
       computed_at = now(), computations = match_subjects.computations + 1,
       requested_at = CASE WHEN match_subjects.requested_at <= $4 THEN NULL
                           ELSE match_subjects.requested_at END`,
    [type, subjects.map((s) => s.id), subjects.map((s) => s.organisationId), startedAt],
  );
}

/**
 * Puts pairs in the people's lists (for_candidate), each under its person's organisation (read from
 * candidates), leaving the vacancy's own list flag and a pair's first_seen_at as they are.
 */
export async function addToCandidateLists(
  manager: EntityManager,
  rows: ReadonlyArray<StoredMatch>,
): Promise<void> {
  if (rows.length === 0) return;
  const json = rows.map(storedMatchRecord);
  for (const chunk of chunks(json)) {
    await manager.query(
      writingExplanations(
        `jsonb_to_recordset($1::jsonb) AS r(candidate_id uuid, vacancy_id uuid, score numeric, factors jsonb,
           distance_km numeric, contract_type text, km_zero boolean, reserved_l68 text)`,
        `INSERT INTO matches (candidate_id, vacancy_id, organisation_id, score, distance_km,
                          contract_type, km_zero, reserved_l68, for_candidate, for_vacancy)
     SELECT r.candidate_id, r.vacancy_id, c.organisation_id, r.score, r.distance_km,
            r.contract_type, r.km_zero, r.reserved_l68, true, false
       FROM r
       JOIN candidates c ON c.id = r.candidate_id
     ON CONFLICT (candidate_id, vacancy_id) DO UPDATE SET
       score = EXCLUDED.score, distance_km = EXCLUDED.distance_km,
       contract_type = EXCLUDED.contract_type, km_zero = EXCLUDED.km_zero,
       reserved_l68 = EXCLUDED.reserved_l68, for_candidate = true, computed_at = now()`,
      ),
      [JSON.stringify(chunk)],
    );
  }
}
