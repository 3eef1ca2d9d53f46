import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, SessionState } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BUMP_SESSION_VERSION_SQL,
  FORGET_ENDED_LOGINS_SQL,
  INSERT_REFRESH_TOKEN_SQL,
  MARK_ROTATED_SQL,
  OPEN_LOGIN_SQL,
  REFRESH_TOKEN_FOR_UPDATE_SQL,
  REVOKE_ALL_LOGINS_SQL,
  REVOKE_LOGIN_SQL,
  SESSION_STATE_SQL,
} from './sessions.sql.js';

export type RevokeReason = 'logout' | 'logout_all' | 'admin' | 'access_changed' | 'reuse';

/** A refresh token as found for its rotation, with its login and account. */
export interface RefreshTokenRow {
  sessionId: string;
  rotated: boolean;
  userId: string;
  loginVersion: number;
  loginRevoked: boolean;
  loginCurrent: boolean;
  expiresAt: Date;
  organisationId: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
  displayName: string;
}

/** Logins (refresh-token families), their hashed refresh tokens and the users' session versions. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async state(userId: string, sessionId: string): Promise<SessionState | undefined> {
    const [row]: Array<{
      organisation_id: string;
      role: Role;
      active: boolean;
      session_version: number;
      login_open: boolean;
    }> = await this.dataSource.query(SESSION_STATE_SQL, [userId, sessionId]);
    return row
      ? {
          organisationId: row.organisation_id,
          role: row.role,
          active: row.active,
          sessionVersion: row.session_version,
          loginOpen: row.login_open,
        }
      : undefined;
  }

  async openLogin(
    manager: EntityManager,
    userId: string,
    sessionVersion: number,
    ttlSeconds: number,
  ): Promise<{ id: string; expiresAt: Date }> {
    await manager.query(FORGET_ENDED_LOGINS_SQL, [userId]);
    const [row]: Array<{ id: string; expires_at: Date }> = await manager.query(OPEN_LOGIN_SQL, [
      userId,
      sessionVersion,
      ttlSeconds,
    ]);
    return { id: row.id, expiresAt: row.expires_at };
  }

  async addRefreshToken(manager: EntityManager, tokenHash: Buffer, sessionId: string) {
    await manager.query(INSERT_REFRESH_TOKEN_SQL, [tokenHash, sessionId]);
  }

  async refreshTokenForUpdate(
    manager: EntityManager,
    tokenHash: Buffer,
  ): Promise<RefreshTokenRow | undefined> {
    const [row] = await manager.query(REFRESH_TOKEN_FOR_UPDATE_SQL, [tokenHash]);
    if (!row) return undefined;
    return {
      sessionId: row.session_id,
      rotated: row.rotated_at !== null,
      userId: row.user_id,
      loginVersion: row.login_version,
      loginRevoked: row.revoked_at !== null,
      loginCurrent: row.login_current,
      expiresAt: row.expires_at,
      organisationId: row.organisation_id,
      role: row.role,
      active: row.active,
      sessionVersion: row.session_version,
      displayName: row.display_name,
    };
  }

  async markRotated(manager: EntityManager, tokenHash: Buffer): Promise<void> {
    await manager.query(MARK_ROTATED_SQL, [tokenHash]);
  }

  /** Ends one login; returns its user when it was still open. */
  async revokeLogin(
    manager: EntityManager,
    sessionId: string,
    reason: RevokeReason,
  ): Promise<string | undefined> {
    const [rows]: [Array<{ user_id: string }>, number] = await manager.query(REVOKE_LOGIN_SQL, [
      sessionId,
      reason,
    ]);
    return rows[0]?.user_id;
  }

  /** Ends every login of the user and moves the session version, so every token stops at once. */
  async revokeEverything(
    manager: EntityManager,
    userId: string,
    reason: RevokeReason,
  ): Promise<void> {
    await manager.query(REVOKE_ALL_LOGINS_SQL, [userId, reason]);
    await manager.query(BUMP_SESSION_VERSION_SQL, [userId]);
  }
}
