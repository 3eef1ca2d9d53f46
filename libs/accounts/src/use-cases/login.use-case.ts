import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '#libs/audit';
import { type AccessTokenClaims, AppConfig } from '#libs/platform';
import { AccountsError } from '../accounts.error.js';
import type { UserEntity } from '../entities/user.entity.js';
import { PasswordHasher } from '../password-hasher.js';
import { UsersRepository } from '../users.repository.js';

export interface LoginInput {
  email: string;
  password: string;
  ip?: string;
}

export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: { id: string; displayName: string; role: UserEntity['role']; organisationId: string };
}

/**
 * Password login. Failures are counted in the database (so every API process agrees) and lock the
 * account for a while after too many; the answer never tells whether the e-mail exists.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
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
    await this.audit.record({
      action: 'LOGIN_SUCCEEDED',
      organisationId: user.organisationId,
      subjectType: 'user',
      subjectId: user.id,
      ip,
    });
    const claims: AccessTokenClaims = { sub: user.id, org: user.organisationId, role: user.role };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_TTL_SECONDS,
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
