import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import type { Actor, Role } from '#libs/platform';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { SessionStateCache } from '../session-state.cache.js';
import { SessionsRepository } from '../sessions.repository.js';
import { toUserView, type UserView } from '../user.view.js';
import { UsersRepository } from '../users.repository.js';

/**
 * Changes a user's role or deactivates the user; every permission change is audited, and ends the
 * user's sessions at once (their tokens claim the old access).
 */
@Injectable()
export class ChangeUserAccessUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly cache: SessionStateCache,
  ) {}

  async execute(
    actor: Actor,
    userId: string,
    change: { role?: Role; active?: boolean },
  ): Promise<UserView> {
    if (userId === actor.userId) throw AccountsError.cannotDemoteSelf();
    const view = await this.dataSource.transaction(async (manager) => {
      const user = await this.users.userForUpdate(manager, actor.organisationId, userId);
      if (!user) throw AccountsError.userNotFound();
      const before = { role: user.role, active: user.active };
      if (change.role !== undefined) user.role = change.role;
      if (change.active !== undefined) user.active = change.active;
      await this.users.saveUser(manager, user);
      if (user.role !== before.role || user.active !== before.active) {
        await this.sessions.revokeEverything(manager, user.id, 'access_changed');
        await this.audit.record(
          {
            action: 'SESSIONS_REVOKED',
            actor,
            subjectType: 'user',
            subjectId: user.id,
            details: { reason: 'access_changed' },
          },
          manager,
        );
      }
      const action = change.active === false && before.active ? 'USER_DEACTIVATED' : 'ROLE_CHANGED';
      await this.audit.record(
        {
          action,
          actor,
          subjectType: 'user',
          subjectId: user.id,
          details: { before, after: { role: user.role, active: user.active } },
        },
        manager,
      );
      return toUserView(user);
    });
    this.cache.forget(userId);
    return view;
  }
}
