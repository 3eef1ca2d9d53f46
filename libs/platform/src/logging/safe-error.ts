import { QueryFailedError } from 'typeorm';

/**
 * What of an error may go into a log line. Database errors carry the failing row's values in
 * `detail`, `parameters` and `query` (names, tax codes): only the SQLSTATE, table and constraint are kept.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (error instanceof QueryFailedError) {
    const driver = error.driverError as { code?: string; table?: string; constraint?: string };
    return {
      type: 'QueryFailedError',
      code: driver.code,
      table: driver.table,
      constraint: driver.constraint,
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      type: error.name,
      code: typeof code === 'string' ? code : undefined,
      message: error.message,
      stack: error.stack,
    };
  }
  return { type: typeof error };
}
