import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asOrganisationId, type OrganisationId, type Role } from '#libs/platform';
import { DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { ACTIVE_USERS_WITH_ROLE_SQL, LOGIN_FAILED_SQL, LOGIN_SUCCEEDED_SQL } from './users.sql.js';

/** Organisations and their users. Pass the caller's transaction manager to work inside it. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  createOrganisation(organisation: DeepPartial<OrganisationEntity>): Promise<OrganisationEntity> {
    return this.dataSource.getRepository(OrganisationEntity).save(organisation);
  }

  async organisationNames(organisationIds: readonly string[]): Promise<Map<string, string>> {
    if (organisationIds.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
      [[...new Set(organisationIds)]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The organisation of whoever holds the e-mail, whatever its case: e-mails are unique. */
  async emailHolderOrganisation(
    manager: EntityManager,
    email: string,
  ): Promise<OrganisationId | undefined> {
    const holder = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.organisationId')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    return holder ? asOrganisationId(holder.organisationId) : undefined;
  }

  /** The user with the e-mail (any case), with the password hash, for login. */
  withPasswordByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  userForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  saveUser(manager: EntityManager, user: DeepPartial<UserEntity>): Promise<UserEntity> {
    return manager.save(manager.create(UserEntity, user));
  }

  /** The organisation's users, by name; only those with the role when one is given. */
  usersOf(organisationId: OrganisationId, role?: Role): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({
      where: { organisationId, ...(role ? { role } : {}) },
      order: { displayName: 'ASC' },
    });
  }

  async loginSucceeded(userId: string): Promise<void> {
    await this.dataSource.query(LOGIN_SUCCEEDED_SQL, [userId]);
  }

  /** Counts a failed login and returns the failures so far (locked at `maxFailures`). */
  async loginFailed(
    userId: string,
    maxFailures: number,
    lockoutSeconds: number,
  ): Promise<number | undefined> {
    const [row] = (await this.dataSource.query(LOGIN_FAILED_SQL, [
      userId,
      maxFailures,
      lockoutSeconds,
    ])) as [Array<{ failed_logins: number; locked_until: Date | null }>, number];
    return Array.isArray(row) ? row[0]?.failed_logins : undefined;
  }

  /** The ids among `userIds` that are active users of the organisation with one of the roles. */
  async activeWithRole(
    organisationId: OrganisationId,
    userIds: readonly string[],
    roles: readonly Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(ACTIVE_USERS_WITH_ROLE_SQL, [
      organisationId,
      [...userIds],
      [...roles],
    ]);
    return rows.map((row) => row.id);
  }
}
