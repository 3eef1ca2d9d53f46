import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type AccessTokenClaims, AppConfig, type Role } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { hashRefreshToken, newRefreshToken } from './refresh-token.js';
import { SessionsRepository } from './sessions.repository.js';

/** The account an access token speaks for, as it is in the database now. */
export interface TokenSubject {
  id: string;
  organisationId: string;
  role: Role;
  sessionVersion: number;
}

export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds the access token lasts. */
  expiresIn: number;
  /** Single use: each refresh answers with a new one. */
  refreshToken: string;
  /** When the login ends, however often it is refreshed. */
  refreshExpiresAt: Date;
}

/** Signs access tokens and hands out refresh tokens, storing only their hashes. */
@Injectable()
export class SessionTokensIssuer {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
  ) {}

  /** A new login (refresh-token family) and its first pair of tokens. */
  async open(manager: EntityManager, user: TokenSubject): Promise<IssuedTokens> {
    const login = await this.sessions.openLogin(
      manager,
      user.id,
      user.sessionVersion,
      this.config.REFRESH_TOKEN_TTL_SECONDS,
    );
    return this.next(manager, login.id, user, login.expiresAt);
  }

  /** The next pair of tokens of a login. */
  async next(
    manager: EntityManager,
    sessionId: string,
    user: TokenSubject,
    loginExpiresAt: Date,
  ): Promise<IssuedTokens> {
    const refreshToken = newRefreshToken();
    await this.sessions.addRefreshToken(manager, hashRefreshToken(refreshToken), sessionId);
    const claims: AccessTokenClaims = {
      sub: user.id,
      org: user.organisationId,
      role: user.role,
      sv: user.sessionVersion,
      sid: sessionId,
    };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_TTL_SECONDS,
      refreshToken,
      refreshExpiresAt: loginExpiresAt,
    };
  }
}
