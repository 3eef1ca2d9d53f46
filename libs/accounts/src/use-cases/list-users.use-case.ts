import { Injectable } from '@nestjs/common';
import type { OrganisationId, Role } from '#libs/platform';
import { toUserView, type UserView } from '../user.view.js';
import { UsersRepository } from '../users.repository.js';

/** The organisation's users, by name; only those with the role when one is given. */
@Injectable()
export class ListUsersUseCase {
  constructor(private readonly users: UsersRepository) {}

  async execute(organisationId: OrganisationId, filter: { role?: Role } = {}): Promise<UserView[]> {
    const users = await this.users.usersOf(organisationId, filter.role);
    return users.map(toUserView);
  }
}
