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

/**
 * A vacancy that was open at an instant of the past: its status then (from the status history the
 * database keeps), not archived by then, and not expired on `day` (an SQL date expression). For what
 * must read the records as they stood, such as a bulletin edition re-issued for a past week.
 * Other fields (title, expiry date) are read as they are now.
 */
export function vacancyOpenAsOfSql(alias: string, day: string, instant: string): string {
  return `((SELECT h.status FROM vacancy_status_changes h
             WHERE h.vacancy_id = ${alias}.id AND h.changed_at <= ${instant}
             ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) = 'OPEN'
    AND (${alias}.archived_at IS NULL OR ${alias}.archived_at > ${instant})
    AND (${alias}.expires_at IS NULL OR ${alias}.expires_at >= ${day}))`;
}
