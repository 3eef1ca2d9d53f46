import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { hashRefreshToken } from '../refresh-token.js';
import { SessionStateCache } from '../session-state.cache.js';
import { SessionTokensIssuer } from '../session-tokens.issuer.js';
import { SessionsRepository } from '../sessions.repository.js';
import type { LoginResult } from './login.use-case.js';

/**
 * Trades a refresh token for a new pair. Each refresh token serves once: one already rotated that
 * comes back means two holders (one of them a thief), so the whole login ends and the event is
 * audited. A login whose account was deactivated or whose access changed since is refused.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly tokens: SessionTokensIssuer,
    private readonly cache: SessionStateCache,
    private readonly audit: AuditService,
  ) {}

  async execute({ refreshToken, ip }: { refreshToken: string; ip?: string }): Promise<LoginResult> {
    const tokenHash = hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const found = await this.sessions.refreshTokenForUpdate(manager, tokenHash);
      if (!found) return undefined;
      if (found.rotated) {
        await this.sessions.revokeLogin(manager, found.sessionId, 'reuse');
        await this.audit.record(
          {
            action: 'REFRESH_TOKEN_REUSED',
            organisationId: found.organisationId,
            subjectType: 'user',
            subjectId: found.userId,
            ip,
            details: { loginRevoked: true },
          },
          manager,
        );
        return { revokedUserId: found.userId };
      }
      const usable =
        !found.loginRevoked &&
        found.loginCurrent &&
        found.active &&
        found.sessionVersion === found.loginVersion;
      if (!usable) return undefined;
      await this.sessions.markRotated(manager, tokenHash);
      const user = {
        id: found.userId,
        organisationId: found.organisationId,
        role: found.role,
        sessionVersion: found.sessionVersion,
      };
      const issued = await this.tokens.next(manager, found.sessionId, user, found.expiresAt);
      return {
        result: {
          ...issued,
          user: {
            id: user.id,
            displayName: found.displayName,
            role: user.role,
            organisationId: user.organisationId,
          },
        },
      };
    });
    if (outcome?.revokedUserId) this.cache.forget(outcome.revokedUserId);
    if (!outcome?.result) throw AccountsError.sessionRevoked();
    return outcome.result;
  }
}
