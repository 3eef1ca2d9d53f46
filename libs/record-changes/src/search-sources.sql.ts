/** The database's own clock, which the rows' updated_at follow. */
export const CLOCK_SQL = `SELECT clock_timestamp() AS started`;

/** One page of a source table's ids ($1 after this id, $2 how many). */
export const IDS_AFTER_SQL = (table: string) =>
  `SELECT id FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2`;

/** The records of a source table changed since $1. */
export const CHANGED_SINCE_SQL = (table: string) =>
  `SELECT id, organisation_id AS "organisationId" FROM ${table} WHERE updated_at >= $1`;
