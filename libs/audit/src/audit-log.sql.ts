/** SQL text of the append-only audit_log table; run only by AuditLogRepository. */

export const APPEND_AUDIT_ENTRY_SQL = `
  INSERT INTO audit_log (action, organisation_id, actor_user_id, actor_role, subject_type, subject_id, ip, details)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

/** The table refuses deletes unless this flag is on in the transaction. */
export const ALLOW_RETENTION_DELETE_SQL = `SELECT set_config('incrocio.audit_retention', 'on', true)`;

/** Entries older than $1 days. */
export const DELETE_EXPIRED_ENTRIES_SQL = `DELETE FROM audit_log WHERE at < now() - make_interval(days => $1)`;
