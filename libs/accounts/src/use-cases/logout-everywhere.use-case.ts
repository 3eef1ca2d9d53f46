import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { SessionStateCache } from '../session-state.cache.js';
import { SessionsRepository } from '../sessions.repository.js';
import { UsersRepository } from '../users.repository.js';

/**
 * Ends every login of a user, by the user (reason `logout_all`) or by an administrator of the
 * organisation (reason `admin`): every refresh token and every access token stops.
 */
@Injectable()
export class LogoutEverywhereUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly cache: SessionStateCache,
    private readonly audit: AuditService,
  ) {}

  /** `userId` defaults to the actor; another user is for administrators (the controller checks). */
  async execute(actor: Actor, userId: string = actor.userId): Promise<void> {
    const reason = userId === actor.userId ? 'logout_all' : 'admin';
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.userForUpdate(manager, actor.organisationId, userId);
      if (!user) throw AccountsError.userNotFound();
      await this.sessions.revokeEverything(manager, user.id, reason);
      await this.audit.record(
        {
          action: 'SESSIONS_REVOKED',
          actor,
          subjectType: 'user',
          subjectId: user.id,
          details: { reason },
        },
        manager,
      );
    });
    this.cache.forget(userId);
  }
}
