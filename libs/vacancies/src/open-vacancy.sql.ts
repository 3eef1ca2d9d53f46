/**
 * The one definition of an open vacancy, for every query that offers vacancies to people (matching,
 * search, the bulletin, proposals, scouting): published, not archived, and not past its expiry date.
 * `alias` is the vacancies table's alias in the query; `today` is an SQL expression for today's date
 * in Europe/Rome, usually a parameter such as `$2::date` (never `current_date`, which follows the
 * server's time zone).
 */
export function openVacancySql(alias: string, today: string): string {
  return `(${alias}.status = 'OPEN' AND ${alias}.archived_at IS NULL
    AND (${alias}.expires_at IS NULL OR ${alias}.expires_at >= ${today}))`;
}
