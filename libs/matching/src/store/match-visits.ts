import type { EntityManager } from 'typeorm';
import type { MatchSubjectType } from './stored-matches.writer.js';

export interface SubjectStatus {
  /** When the stored matches were last computed; null before the first computation. */
  computedAt: Date | null;
  /** A change is waiting to be recomputed. */
  pending: boolean;
  /** The reader's previous visit to this list; null on the first one. */
  lastVisitAt: Date | null;
}

/** The subject's computation state and the reader's previous visit. */
export async function subjectStatus(
  manager: EntityManager,
  userId: string,
  type: MatchSubjectType,
  id: string,
): Promise<SubjectStatus> {
  const [row]: Array<{ computed_at: Date | null; pending: boolean; last_seen_at: Date | null }> =
    await manager.query(
      `SELECT s.computed_at, (s.requested_at IS NOT NULL) AS pending,
              (SELECT v.last_seen_at FROM match_visits v
                WHERE v.user_id = $1 AND v.subject_type = $2 AND v.subject_id = $3) AS last_seen_at
         FROM (SELECT 1) one
         LEFT JOIN match_subjects s ON s.subject_type = $2 AND s.subject_id = $3`,
      [userId, type, id],
    );
  return {
    computedAt: row?.computed_at ?? null,
    pending: row?.pending ?? false,
    lastVisitAt: row?.last_seen_at ?? null,
  };
}

/** Remembers that the reader has seen the list now: later matches are "new since the last visit". */
export async function recordVisit(
  manager: EntityManager,
  visit: { userId: string; organisationId: string; type: MatchSubjectType; id: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO match_visits (user_id, subject_type, subject_id, organisation_id, last_seen_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (user_id, subject_type, subject_id) DO UPDATE SET last_seen_at = now()`,
    [visit.userId, visit.type, visit.id, visit.organisationId],
  );
}
