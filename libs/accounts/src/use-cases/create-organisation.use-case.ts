import { Injectable } from '@nestjs/common';
import { asOrganisationId } from '#libs/platform';
import type { OrganisationEntity, OrganisationKind } from '../entities/organisation.entity.js';
import type { UserView } from '../user.view.js';
import { UsersRepository } from '../users.repository.js';
import { CreateUserUseCase } from './create-user.use-case.js';

/** A new organisation with its first administrator: how a fresh install gets its first account. */
@Injectable()
export class CreateOrganisationUseCase {
  constructor(
    private readonly users: UsersRepository,
    private readonly createUser: CreateUserUseCase,
  ) {}

  async execute(input: {
    name: string;
    kind: OrganisationKind;
    admin: { email: string; displayName: string; password: string };
  }): Promise<{ organisation: OrganisationEntity; admin: UserView }> {
    const organisation = await this.users.createOrganisation({
      name: input.name.trim(),
      kind: input.kind,
    });
    const admin = await this.createUser.execute(asOrganisationId(organisation.id), {
      ...input.admin,
      role: 'admin',
    });
    return { organisation, admin };
  }
}
