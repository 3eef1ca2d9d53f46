import type { OrganisationKind } from '../entities/organisation.entity.js';

/** A member of a network, as other members see it: the organisation's name, nothing of its people. */
export interface NetworkMemberView {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  joinedAt: string;
}

/** A network of organisations that share vacancies, with its coordinating organisation. */
export interface NetworkView {
  id: string;
  name: string;
  coordinatorOrganisationId: string;
  createdAt: Date;
  members: NetworkMemberView[];
}
