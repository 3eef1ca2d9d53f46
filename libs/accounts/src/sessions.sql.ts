/** SQL text of login_sessions and refresh_tokens; run only by SessionsRepository. */

/** The account ($1 user) and whether its login $2 is still open, as the AuthGuard checks them. */
export const SESSION_STATE_SQL = `
  SELECT u.organisation_id, u.role, u.active, u.session_version,
         EXISTS (SELECT 1 FROM login_sessions s
                  WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()
                ) AS login_open
    FROM users u
   WHERE u.id = $1`;

/** A new login of user $1 at session version $2, lasting $3 seconds. */
export const OPEN_LOGIN_SQL = `
  INSERT INTO login_sessions (user_id, session_version, expires_at)
  VALUES ($1, $2, now() + make_interval(secs => $3))
  RETURNING id, expires_at`;

/** Logins of user $1 that ended more than a day ago go, with their tokens (kept tidy at each login). */
export const FORGET_ENDED_LOGINS_SQL = `
  DELETE FROM login_sessions
   WHERE user_id = $1 AND coalesce(revoked_at, expires_at) < now() - interval '1 day'`;

export const INSERT_REFRESH_TOKEN_SQL = `
  INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)`;

/** The refresh token with hash $1, its login and account, locked for the rotation. */
export const REFRESH_TOKEN_FOR_UPDATE_SQL = `
  SELECT t.session_id, t.rotated_at, s.user_id, s.session_version AS login_version,
         s.revoked_at, s.expires_at, s.expires_at > now() AS login_current,
         u.organisation_id, u.role, u.active, u.session_version, u.display_name
    FROM refresh_tokens t
    JOIN login_sessions s ON s.id = t.session_id
    JOIN users u ON u.id = s.user_id
   WHERE t.token_hash = $1
     FOR UPDATE OF t, s`;

export const MARK_ROTATED_SQL = `UPDATE refresh_tokens SET rotated_at = now() WHERE token_hash = $1`;

/** Ends login $1 (reason $2) if it is still open; returns its user. */
export const REVOKE_LOGIN_SQL = `
  UPDATE login_sessions SET revoked_at = now(), revoked_reason = $2
   WHERE id = $1 AND revoked_at IS NULL
   RETURNING user_id`;

/** Ends every open login of user $1 (reason $2). */
export const REVOKE_ALL_LOGINS_SQL = `
  UPDATE login_sessions SET revoked_at = now(), revoked_reason = $2
   WHERE user_id = $1 AND revoked_at IS NULL`;

/** Moves user $1 to a new session version, so every access token issued before stops. */
export const BUMP_SESSION_VERSION_SQL = `
  UPDATE users SET session_version = session_version + 1 WHERE id = $1 RETURNING session_version`;
