import type { EntityManager } from 'typeorm';
import { listCutColumns } from './stored-list-cuts.js';
import {
  KEY_COLUMN,
  type ListCut,
  type MatchSubject,
  type MatchSubjectType,
  OTHER_COLUMN,
  type StoredMatch,
  storedMatchesDocument,
  upsertStoredMatchesSql,
} from './stored-matches.writer.js';

/** Rows written per statement: each explanation is over a kB, and one JSON document is capped. */
const ROWS_PER_STATEMENT = 2000;

/** upsertStoredMatchesSql for many rows, a statement per ROWS_PER_STATEMENT of them. */
async function upsertInChunks(
  manager: EntityManager,
  rows: readonly StoredMatch[],
  lists: 'recorded' | 'candidate',
): Promise<void> {
  const sql = upsertStoredMatchesSql(lists);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await manager.query(sql, [storedMatchesDocument(chunk)]);
  }
}

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
      WHERE m.${KEY_COLUMN[type]} = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::uuid[]) AS k(subject, other)
                         WHERE k.subject = m.${KEY_COLUMN[type]} AND k.other = m.${OTHER_COLUMN[type]})`,
    [subjects.map((s) => s.id), rows.map(key), rows.map(other)],
  );
  await upsertInChunks(manager, rows, 'recorded');
}

/** markComputed for many subjects of one side at once, people with the cuts of their new lists. */
export async function markManyComputed(
  manager: EntityManager,
  type: MatchSubjectType,
  subjects: readonly MatchSubject[],
  startedAt: Date,
  cuts: ReadonlyArray<ListCut | null> = subjects.map(() => null),
): Promise<void> {
  if (subjects.length === 0) return;
  const columns = cuts.map(listCutColumns);
  await manager.query(
    `INSERT INTO match_subjects (subject_type, subject_id, organisation_id, computed_at, computations,
                                 list_count, list_lowest)
     SELECT $1, s.id, s.organisation_id, now(), 1, s.list_count, s.list_lowest
       FROM unnest($2::uuid[], $3::uuid[], $5::int[], $6::float8[])
            AS s(id, organisation_id, list_count, list_lowest)
     ON CONFLICT (subject_type, subject_id) DO UPDATE SET
       computed_at = now(), computations = match_subjects.computations + 1,
       requested_at = CASE WHEN match_subjects.requested_at <= $4 THEN NULL
                           ELSE match_subjects.requested_at END,
       list_count = EXCLUDED.list_count, list_lowest = EXCLUDED.list_lowest`,
    [
      type,
      subjects.map((s) => s.id),
      subjects.map((s) => s.organisationId),
      startedAt,
      columns.map(([count]) => count),
      columns.map(([, lowest]) => lowest),
    ],
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
  await upsertInChunks(manager, rows, 'candidate');
}
