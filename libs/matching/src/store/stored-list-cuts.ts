import type { DataSource, EntityManager } from 'typeorm';
import type { ListCut, StoredMatch } from './stored-matches.writer.js';

/**
 * People's list cuts as kept in `match_subjects` (migration 1766001700000): `count` rows of the
 * person's list score at least `lowest`. The person's own computation writes it exactly (ownListCut);
 * what others do to the list only weakens it (a deleted row is taken off the count by a trigger, a
 * lowered score lowers `lowest`: lowerListCuts), so a pair that beats the kept cut may not enter the
 * list as it is, but a pair the list would take always beats it.
 */

/** The cut of a person's list as their own computation leaves it: the rows it puts in their list. */
export function ownListCut(rows: readonly StoredMatch[], size: number): ListCut {
  const scores = rows.filter((row) => row.forCandidate).map((row) => row.score);
  if (scores.length > size) scores.sort((a, b) => b - a).splice(size);
  return { count: scores.length, lowest: scores.length === 0 ? 0 : Math.min(...scores) };
}

/** The `list_count` and `list_lowest` of a cut: no lowest for an empty list. */
export function listCutColumns(cut: ListCut | null): [number | null, number | null] {
  return cut === null ? [null, null] : [cut.count, cut.count === 0 ? null : cut.lowest];
}

/**
 * The kept cuts of these people's lists, and the people whose cut is not kept (never computed,
 * or forgotten): their cut is read from the lists themselves (listCuts).
 */
export async function keptListCuts(
  db: DataSource | EntityManager,
  ids: readonly string[],
): Promise<{ kept: Map<string, ListCut>; unknown: string[] }> {
  const rows: Array<{ id: string; count: number; lowest: number | null }> = await db.query(
    `SELECT subject_id AS id, list_count AS count, list_lowest AS lowest FROM match_subjects
      WHERE subject_type = 'candidate' AND subject_id = ANY($1::uuid[]) AND list_count IS NOT NULL`,
    [ids],
  );
  const kept = new Map(
    rows.map((row): [string, ListCut] => [row.id, { count: row.count, lowest: row.lowest ?? 0 }]),
  );
  return { kept, unknown: ids.filter((id) => !kept.has(id)) };
}

/**
 * Lowers the kept cut of every person whose list holds the vacancy to the pair's score, when the
 * score is below it: after the vacancy's pairs were rescored or written (a pair that falls below a
 * list's lowest would otherwise leave room the kept cut does not show). Inside the writer's
 * transaction.
 */
export async function lowerListCuts(
  db: DataSource | EntityManager,
  vacancyId: string,
): Promise<void> {
  await db.query(
    `UPDATE match_subjects s SET list_lowest = m.score::float8
       FROM matches m
      WHERE m.vacancy_id = $1 AND m.for_candidate
        AND s.subject_type = 'candidate' AND s.subject_id = m.candidate_id
        AND s.list_lowest > m.score::float8`,
    [vacancyId],
  );
}
