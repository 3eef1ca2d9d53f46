import type { Actor } from '#libs/platform';

/**
 * Need-to-know: special-category data of a candidate is for the tutors assigned to the case and for
 * coordinators. Consultants, other tutors and administrators see the candidate without it.
 */
export function canReadSensitive(actor: Actor, candidate: { assignedTutorIds: string[] }): boolean {
  if (actor.role === 'coordinator') return true;
  return actor.role === 'tutor' && candidate.assignedTutorIds.includes(actor.userId);
}

/** Who may change a candidate's record: coordinators and the tutors on the case. */
export function canEditCandidate(actor: Actor, candidate: { assignedTutorIds: string[] }): boolean {
  return canReadSensitive(actor, candidate);
}

/** Staff who may see candidates at all (without sensitive data unless the rules above allow). */
export const CANDIDATE_READERS = ['coordinator', 'tutor', 'consultant'] as const;
export const CANDIDATE_CREATORS = ['coordinator', 'tutor'] as const;
