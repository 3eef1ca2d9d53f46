import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import { DataSource } from 'typeorm';
import { hashRefreshToken } from '../refresh-token.js';
import { SessionStateCache } from '../session-state.cache.js';
import { SessionsRepository } from '../sessions.repository.js';

/**
 * Ends the login a refresh token belongs to: its refresh tokens and its access tokens stop (in this
 * process at once, in the others within SESSION_CACHE_SECONDS). Other logins of the user go on. The
 * answer is the same whether the token was known or not.
 */
@Injectable()
export class LogoutUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly cache: SessionStateCache,
    private readonly audit: AuditService,
  ) {}

  async execute({ refreshToken, ip }: { refreshToken: string; ip?: string }): Promise<void> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const found = await this.sessions.refreshTokenForUpdate(
        manager,
        hashRefreshToken(refreshToken),
      );
      if (!found || !(await this.sessions.revokeLogin(manager, found.sessionId, 'logout')))
        return undefined;
      await this.audit.record(
        {
          action: 'LOGOUT',
          organisationId: found.organisationId,
          subjectType: 'user',
          subjectId: found.userId,
          ip,
        },
        manager,
      );
      return found.userId;
    });
    if (userId) this.cache.forget(userId);
  }
}
