import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import { type AccessTokenClaims, AppConfig } from '#libs/platform';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { UserEntity } from '../entities/user.entity.js';
import { PasswordHasher } from '../password-hasher.js';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async execute({ email, password, ip }: LoginInput): Promise<LoginResult> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
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

    await this.dataSource.query(
      `UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
      [user.id],
    );
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
    const [row] = (await this.dataSource.query(
      `UPDATE users
          SET failed_logins = failed_logins + 1,
              locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
        WHERE id = $1
        RETURNING failed_logins, locked_until`,
      [user.id, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCKOUT_SECONDS],
    )) as [Array<{ failed_logins: number; locked_until: Date | null }>, number];
    const failures = Array.isArray(row) ? row[0]?.failed_logins : undefined;
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
