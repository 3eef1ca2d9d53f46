import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import type { Actor, OrganisationId, Role } from '#libs/platform';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { UserEntity } from '../entities/user.entity.js';
import { PasswordHasher } from '../password-hasher.js';

export interface CreateUserInput {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export type UserView = Pick<
  UserEntity,
  | 'id'
  | 'organisationId'
  | 'email'
  | 'displayName'
  | 'role'
  | 'active'
  | 'lastLoginAt'
  | 'createdAt'
>;

export function toUserView(user: UserEntity): UserView {
  const { id, organisationId, email, displayName, role, active, lastLoginAt, createdAt } = user;
  return { id, organisationId, email, displayName, role, active, lastLoginAt, createdAt };
}

/** Creates a user in the actor's organisation (or, from the CLI, in a given one). */
@Injectable()
export class CreateUserUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async execute(
    organisationId: OrganisationId,
    input: CreateUserInput,
    actor?: Actor,
  ): Promise<UserView> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email: input.email })
        .getExists();
      if (taken) throw AccountsError.emailTaken();
      const user = await manager.save(
        manager.create(UserEntity, {
          organisationId,
          email: input.email.trim(),
          displayName: input.displayName.trim(),
          role: input.role,
          passwordHash,
        }),
      );
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
