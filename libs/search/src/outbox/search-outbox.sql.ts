/** SQL of the search_outbox table. */

/** One change per record ($1 index, $2 record ids, $3 their organisations). */
export const ENQUEUE_SQL = `
  INSERT INTO search_outbox (index_name, record_id, organisation_id)
  SELECT $1, r.id, r.organisation_id FROM unnest($2::uuid[], $3::uuid[]) AS r(id, organisation_id)`;

export const PENDING_SQL = `SELECT count(*)::int AS count FROM search_outbox`;

/** Rows synchronised ($1 ids). */
export const DELETE_SQL = `DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`;

/** The batch of rows a drainer takes ($1 how many; see SearchOutbox.claim). */
export const CLAIM_SQL = `
  WITH batch AS (
     SELECT index_name, record_id FROM search_outbox
      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
   ), records AS MATERIALIZED (
     SELECT DISTINCT index_name, record_id FROM batch
   ), claimed AS MATERIALIZED (
     SELECT index_name, record_id FROM records
      WHERE pg_try_advisory_xact_lock(hashtext('search_outbox'), hashtext(index_name || ':' || record_id))
   )
   SELECT o.id::text AS id, o.index_name, o.record_id::text AS record_id
     FROM search_outbox o JOIN claimed c USING (index_name, record_id)
    ORDER BY o.id
      FOR UPDATE OF o SKIP LOCKED`;
