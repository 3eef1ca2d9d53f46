import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import { AppConfig } from '#libs/platform';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import type { UserEntity } from '../entities/user.entity.js';
import { PasswordHasher } from '../password-hasher.js';
import { type IssuedTokens, SessionTokensIssuer } from '../session-tokens.issuer.js';
import { UsersRepository } from '../users.repository.js';

export interface LoginInput {
  email: string;
  password: string;
  ip?: string;
}

export interface LoginResult extends IssuedTokens {
  user: { id: string; displayName: string; role: UserEntity['role']; organisationId: string };
}

/**
 * Password login. Failures are counted in the database (so every API process agrees) and lock the
 * account for a while after too many; the answer never tells whether the e-mail exists. Each login
 * opens a session of its own (a family of refresh tokens) that can be ended alone.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: SessionTokensIssuer,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async execute({ email, password, ip }: LoginInput): Promise<LoginResult> {
    const user = await this.users.withPasswordByEmail(email);
    const passwordOk = await this.hasher.verify(user?.passwordHash, password);
    const locked = user?.lockedUntil != null && user.lockedUntil > new Date();

    if (!user || !user.active || locked || !passwordOk) {
      if (user) await this.countFailure(user, ip, locked);
      else
        await this.audit.record({
          action: 'LOGIN_FAILED',
          ip,
          details: { reason: 'unknown_email' },
        });
      throw AccountsError.loginFailed();
    }

    await this.users.loginSucceeded(user.id);
    const tokens = await this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        {
          action: 'LOGIN_SUCCEEDED',
          organisationId: user.organisationId,
          subjectType: 'user',
          subjectId: user.id,
          ip,
        },
        manager,
      );
      return this.tokens.open(manager, user);
    });
    return {
      ...tokens,
      user: {
        id: user.id,
        displayName: user.displayName,
        role: user.role,
        organisationId: user.organisationId,
      },
    };
  }

  private async countFailure(
    user: UserEntity,
    ip: string | undefined,
    alreadyLocked: boolean,
  ): Promise<void> {
    const failures = await this.users.loginFailed(
      user.id,
      this.config.LOGIN_MAX_FAILURES,
      this.config.LOGIN_LOCKOUT_SECONDS,
    );
    const event = {
      organisationId: user.organisationId,
      subjectType: 'user',
      subjectId: user.id,
      ip,
    };
    await this.audit.record({
      ...event,
      action: 'LOGIN_FAILED',
      details: { failures, locked: alreadyLocked },
    });
    if (!alreadyLocked && failures === this.config.LOGIN_MAX_FAILURES) {
      await this.audit.record({ ...event, action: 'LOGIN_LOCKED' });
    }
  }
}
