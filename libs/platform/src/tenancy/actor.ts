import type { OrganisationId } from './organisation-id.js';

export const ROLES = ['admin', 'coordinator', 'tutor', 'consultant'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Amministratore',
  coordinator: 'Coordinatore',
  tutor: 'Tutor lavoro',
  consultant: 'Consulente aziende',
};

/** Who is acting: taken from the bearer token of an authenticated request. */
export interface Actor {
  userId: string;
  organisationId: OrganisationId;
  role: Role;
  /** Where the request came from, for the audit log. */
  ip?: string;
}
