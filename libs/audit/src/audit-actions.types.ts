/** What the audit log records. Details carry ids and field names, never personal values. */
export const AUDIT_ACTIONS = [
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'LOGIN_LOCKED',
  'USER_CREATED',
  'ROLE_CHANGED',
  'USER_DEACTIVATED',
  'LOGOUT',
  'SESSIONS_REVOKED',
  'REFRESH_TOKEN_REUSED',
  'SENSITIVE_READ',
  'SENSITIVE_CHANGED',
  'SENSITIVE_AGGREGATED',
  'CANDIDATE_EXPORTED',
  'CANDIDATE_ERASED',
  'DATA_EXPORTED',
  'AUDIT_READ',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
