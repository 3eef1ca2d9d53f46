import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import type { Actor, OrganisationId, Role } from '#libs/platform';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { PasswordHasher } from '../password-hasher.js';
import { toUserView, type UserView } from '../user.view.js';
import { UsersRepository } from '../users.repository.js';

export interface CreateUserInput {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** Creates a user in the actor's organisation (or, from the CLI, in a given one). */
@Injectable()
export class CreateUserUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
  ) {}

  async execute(
    organisationId: OrganisationId,
    input: CreateUserInput,
    actor?: Actor,
  ): Promise<UserView> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await this.users.emailTaken(manager, input.email)) throw AccountsError.emailTaken();
      const user = await this.users.saveUser(manager, {
        organisationId,
        email: input.email.trim(),
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash,
      });
      await this.audit.record(
        {
          action: 'USER_CREATED',
          actor,
          organisationId,
          subjectType: 'user',
          subjectId: user.id,
          details: { role: input.role },
        },
        manager,
      );
      return toUserView(user);
    });
  }
}
