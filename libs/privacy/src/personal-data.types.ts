import type { OrganisationId } from '#libs/platform';
import type { EntityManager } from 'typeorm';

/**
 * A module that holds data about a person (a candidate) and takes part in the GDPR rights: it adds
 * its part to the export and erases or anonymises it, inside the caller's transaction. Erasure must
 * keep what the aggregate figures need (an outcome's contract type and year) and drop what
 * identifies the person.
 */
export interface PersonalDataParticipant {
  /** The section name in the export, e.g. "candidate", "placements". */
  readonly section: string;
  export(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<unknown>;
  erase(manager: EntityManager, organisationId: OrganisationId, candidateId: string): Promise<void>;
}
