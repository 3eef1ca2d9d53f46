/**
 * The one definition of a person whose case is active, for every query that works on the caseload
 * (matching, bulletin, retention): neither archived nor erased, and the pathway not closed.
 * `alias` is the candidates table's alias in the query.
 */
export function activeCandidateSql(alias: string): string {
  return `(${alias}.archived_at IS NULL AND ${alias}.erased_at IS NULL
    AND ${alias}.pathway_status <> 'CLOSED')`;
}
