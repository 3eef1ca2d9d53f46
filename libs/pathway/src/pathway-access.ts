import { canEditCandidate, canReadSensitive } from '#libs/candidates';
import type { L68Category } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { PathwayError } from './pathway.error.js';

export interface CaseFacts {
  id: string;
  assignedTutorIds: string[];
  active: boolean;
  shareWithCompanies: boolean;
  /** The Law 68 category the person is registered for; read only for those on the case. */
  l68Eligible: L68Category | null;
}

/** The candidate of the actor's organisation, or 404: a person of another one is not found. */
export async function loadCase(
  manager: EntityManager,
  actor: Actor,
  candidateId: string,
): Promise<CaseFacts> {
  const [row]: Array<{
    assigned_tutor_ids: string[];
    active: boolean;
    share: boolean | null;
    l68: L68Category | null;
  }> = await manager.query(
    `SELECT c.assigned_tutor_ids,
            (c.archived_at IS NULL AND c.erased_at IS NULL AND c.pathway_status <> 'CLOSED') AS active,
            (c.consent->>'shareWithCompanies')::boolean AS share,
            (SELECT s.l68_eligible_category FROM candidate_sensitive s WHERE s.candidate_id = c.id) AS l68
       FROM candidates c WHERE c.id = $1 AND c.organisation_id = $2`,
    [candidateId, actor.organisationId],
  );
  if (!row) throw PathwayError.notFound('CANDIDATE');
  const onCase = canReadSensitive(actor, { assignedTutorIds: row.assigned_tutor_ids });
  return {
    id: candidateId,
    assignedTutorIds: row.assigned_tutor_ids,
    active: row.active,
    shareWithCompanies: row.share !== false,
    l68Eligible: onCase ? row.l68 : null,
  };
}

/** Proposing a person and recording outcomes is for the tutors on the case and coordinators. */
export function requireOnCase(actor: Actor, facts: CaseFacts): void {
  if (!canEditCandidate(actor, facts)) throw PathwayError.notOnCase();
}

/** Whether the reader may see the Law 68 side of the person's pathway. */
export function onCase(actor: Actor, facts: Pick<CaseFacts, 'assignedTutorIds'>): boolean {
  return canReadSensitive(actor, facts);
}
