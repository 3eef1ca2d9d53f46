import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revocable sessions. `users.session_version` is carried in every access token and bumped when the
 * account's access changes (deactivation, role, organisation, "log out everywhere"), so older tokens
 * stop at once. A login is a row of `login_sessions` (one family of refresh tokens); its refresh
 * tokens are stored only as SHA-256 hashes, and a token already rotated that comes back revokes the
 * whole login.
 */
export class RevocableSessions1765000001000 implements MigrationInterface {
  name = 'RevocableSessions1765000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE login_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session_version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text CHECK (revoked_reason IN ('logout','logout_all','admin','access_changed','reuse'))
      )`);
    await q.query(`CREATE INDEX login_sessions_user_idx ON login_sessions (user_id)`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
        session_id uuid NOT NULL REFERENCES login_sessions(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE login_sessions`);
    await q.query(`ALTER TABLE users DROP COLUMN session_version`);
  }
}
