import { Injectable } from '@nestjs/common';
import type { OrganisationId, Role } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { UsersRepository } from './users.repository.js';

/** What other libs may ask about the organisation's staff (who can be assigned to what). */
@Injectable()
export class UsersReader {
  constructor(private readonly users: UsersRepository) {}

  /** The ids among `userIds` that are active tutors of the organisation. */
  activeTutorIds(organisationId: OrganisationId, userIds: readonly string[]): Promise<string[]> {
    return this.users.activeWithRole(organisationId, userIds, ['tutor']);
  }

  /** The names of some organisations (members of a network name each other). */
  organisationNames(organisationIds: readonly string[]): Promise<Map<string, string>> {
    return this.users.organisationNames(organisationIds);
  }

  /** Whether the user is active in the organisation with one of the roles. */
  async isActiveWithRole(
    organisationId: OrganisationId,
    userId: string,
    roles: readonly Role[],
    manager?: EntityManager,
  ): Promise<boolean> {
    const found = await this.users.activeWithRole(organisationId, [userId], roles, manager);
    return found.length > 0;
  }
}
