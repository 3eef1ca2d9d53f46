/** SQL text of the users table that TypeORM's finders do not express; run only by UsersRepository. */

/** A successful login ($1 user) clears the failures. */
export const LOGIN_SUCCEEDED_SQL = `
  UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`;

/** A failed login ($1 user) counts, and locks the account for $3 seconds at $2 failures. */
export const LOGIN_FAILED_SQL = `
  UPDATE users
     SET failed_logins = failed_logins + 1,
         locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
   WHERE id = $1
   RETURNING failed_logins, locked_until`;

/** The ids among $2 that are active users of organisation $1 with one of the roles $3. */
export const ACTIVE_USERS_WITH_ROLE_SQL = `
  SELECT id FROM users
   WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND active AND role = ANY($3::text[])`;
