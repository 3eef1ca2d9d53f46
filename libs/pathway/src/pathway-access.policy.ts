import { canEditCandidate, canReadSensitive, type CandidateCaseReader } from '#libs/candidates';
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
  cases: CandidateCaseReader,
  actor: Actor,
  candidateId: string,
  manager?: EntityManager,
): Promise<CaseFacts> {
  const found = await cases.caseOf(actor.organisationId, candidateId, manager);
  if (!found) throw PathwayError.notFound('CANDIDATE');
  const { l68EligibleCategory, ...facts } = found;
  return { ...facts, l68Eligible: onCase(actor, facts) ? l68EligibleCategory : null };
}

/** Proposing a person and recording outcomes is for the tutors on the case and coordinators. */
export function requireOnCase(actor: Actor, facts: CaseFacts): void {
  if (!canEditCandidate(actor, facts)) throw PathwayError.notOnCase();
}

/** The facts of a case the actor may propose and record outcomes for (`requireOnCase`). */
export async function loadCaseOnCase(
  cases: CandidateCaseReader,
  actor: Actor,
  candidateId: string,
  manager?: EntityManager,
): Promise<CaseFacts> {
  const facts = await loadCase(cases, actor, candidateId, manager);
  requireOnCase(actor, facts);
  return facts;
}

/** Whether the reader may see the Law 68 side of the person's pathway. */
export function onCase(actor: Actor, facts: Pick<CaseFacts, 'assignedTutorIds'>): boolean {
  return canReadSensitive(actor, facts);
}
