import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export type TokenPurpose = 'CONFIRM' | 'MANAGE';

/** How long a confirmation link works; unsubscribe links in old e-mails keep working. */
export const CONFIRM_TOKEN_DAYS = 7;

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The links in e-mails carry a random token; the database keeps its SHA-256 only, so a copy of
 * the database cannot be used to confirm or cancel anyone's subscription. A token is made when the
 * e-mail that carries it is sent, and lives only in that e-mail.
 */
@Injectable()
export class SubscriptionTokens {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A confirmation link, or null when the subscriber no longer waits for one. FOR SHARE waits for
   * an erasure under way and then sees its result, so no link is made for an erased row.
   */
  async issueConfirmation(subscriberId: string): Promise<string | null> {
    const token = newToken();
    const rows: unknown[] = await this.dataSource.query(
      `WITH waiting AS (
         SELECT id FROM bulletin_subscribers WHERE id = $2 AND pending_choice IS NOT NULL FOR SHARE
       ), issued AS (
         INSERT INTO bulletin_tokens (token_hash, subscriber_id, purpose, expires_at)
         SELECT $1, id, 'CONFIRM', now() + make_interval(days => $3) FROM waiting
         RETURNING subscriber_id
       )
       SELECT subscriber_id FROM issued`,
      [hashToken(token), subscriberId, CONFIRM_TOKEN_DAYS],
    );
    return rows.length > 0 ? token : null;
  }

  /** The subscriber a valid token belongs to, or null (unknown, expired, wrong purpose). */
  async resolve(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
  ): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const rows: { subscriberId: string }[] = await manager.query(
      `SELECT subscriber_id AS "subscriberId" FROM bulletin_tokens
        WHERE token_hash = $1 AND purpose = $2 AND (expires_at IS NULL OR expires_at > now())`,
      [hashToken(token), purpose],
    );
    return rows[0]?.subscriberId ?? null;
  }

  async markUsed(manager: EntityManager, token: string): Promise<void> {
    await manager.query(`UPDATE bulletin_tokens SET used_at = now() WHERE token_hash = $1`, [
      hashToken(token),
    ]);
  }
}
