import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the matching pre-ranking reads of a candidate's work history, as compact JSON text in the
 * shape of the core's profile fields (occupations with their months, skills, preferred occupations),
 * each term being the code when there is one and the text otherwise, as toCandidateProfile reads them.
 */
const SOFT_EXPRESSION = `jsonb_build_object(
      'occupations', coalesce((
        SELECT jsonb_agg(jsonb_build_object('code', coalesce(e->>'occupationCode', e->>'occupationText'))
                 || CASE WHEN e ? 'months' THEN jsonb_build_object('months', e->'months') ELSE '{}' END
                 ORDER BY n)
          FROM jsonb_array_elements(experiences) WITH ORDINALITY AS x(e, n)), '[]'::jsonb),
      'skills', coalesce((
        SELECT jsonb_agg(coalesce(s->>'code', s->>'label') ORDER BY n)
          FROM jsonb_array_elements(skills) WITH ORDINALITY AS y(s, n)), '[]'::jsonb),
      'preferredOccupations', to_jsonb(preferred))::text`;
const SOFT_TERMS = `
  CREATE FUNCTION match_soft_terms(experiences jsonb, skills jsonb, preferred text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${SOFT_EXPRESSION} $$`;

/**
 * The copy kept in the index: an index entry cannot grow past a page, and an entry over 512 bytes
 * would be compressed and cost a decompression per row. Longer histories (rare: the API allows 50
 * experiences and 100 skills) are read from the table instead (see prefilter-queries.ts). The
 * expression is repeated rather than calling match_soft_terms, so that recomputing the column never
 * depends on the search path (pg_restore runs with an empty one).
 */
const MATCH_SOFT_INDEX_LIMIT = 400;
const SOFT_COPY = `
  CREATE FUNCTION match_soft_copy(experiences jsonb, skills jsonb, preferred text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN length(t) <= ${MATCH_SOFT_INDEX_LIMIT} THEN t END
      FROM (SELECT ${SOFT_EXPRESSION} AS t) AS soft
  $$`;

/**
 * The candidates' reach index carries every column the vacancy-to-candidates pre-filter and score
 * bound read, so PostgreSQL answers from the index alone (an index-only scan) instead of visiting one
 * table page per candidate in reach: at 500,000 candidates a vacancy's pre-filter went from about
 * 8,000 page reads to under 2,000, the entries of one area lying together in the index.
 */
const COVERING_INDEX = `
  CREATE INDEX candidates_match_reach_idx ON candidates USING gist (match_reach)
    INCLUDE (id, organisation_id, pathway_status, right_to_work_kind, match_home, max_travel_km,
             match_italian_rank, match_availability, allowed_area, preferred_contract_types, task_limitations,
             match_soft)
    WHERE archived_at IS NULL AND erased_at IS NULL`;

export class MatchingCoveringIndex1764000700000 implements MigrationInterface {
  name = 'MatchingCoveringIndex1764000700000';

  async up(q: QueryRunner): Promise<void> {
    // Rewriting the candidates table and building the index take minutes at regional size, longer
    // than the 30-second limit of application statements (migrations run one per transaction).
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(SOFT_TERMS);
    await q.query(SOFT_COPY);
    await q.query(`ALTER TABLE candidates ADD COLUMN match_soft text
                    GENERATED ALWAYS AS (match_soft_copy(experiences, skills, preferred_occupations)) STORED`);
    await q.query(`DROP INDEX candidates_match_reach_idx`);
    await q.query(COVERING_INDEX);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`DROP INDEX candidates_match_reach_idx`);
    await q.query(`ALTER TABLE candidates DROP COLUMN match_soft`);
    await q.query(`DROP FUNCTION match_soft_copy(jsonb, jsonb, text[])`);
    await q.query(`DROP FUNCTION match_soft_terms(jsonb, jsonb, text[])`);
    await q.query(`CREATE INDEX candidates_match_reach_idx ON candidates USING gist (match_reach)
                    WHERE archived_at IS NULL AND erased_at IS NULL`);
  }
}
