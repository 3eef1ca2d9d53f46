import type { MigrationInterface, QueryRunner } from 'typeorm';

const REACH_INCLUDE = `id, organisation_id, pathway_status, right_to_work_kind, match_home, max_travel_km,
             match_italian_rank, match_availability, allowed_area, preferred_contract_types, task_limitations,
             match_soft`;

/**
 * The most hours a week a person can work (school-age children, a health limitation, studies), a hard
 * constraint of matching against the vacancy's weekly hours. The matching pre-filter reads it, so the
 * candidates' reach index carries it too (the vacancy-side pre-filter stays an index-only scan): the
 * new column is empty and adds no table rewrite, but the index is rebuilt (under a minute at 500,000
 * candidates, like the covering-index migration's own build).
 */
export class CandidateMaxWeeklyHours1764000800000 implements MigrationInterface {
  name = 'CandidateMaxWeeklyHours1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`ALTER TABLE candidates ADD COLUMN max_weekly_hours numeric(4,1)
                    CHECK (max_weekly_hours > 0 AND max_weekly_hours <= 60)`);
    await q.query(`DROP INDEX candidates_match_reach_idx`);
    await q.query(`CREATE INDEX candidates_match_reach_idx ON candidates USING gist (match_reach)
                    INCLUDE (${REACH_INCLUDE}, max_weekly_hours)
                    WHERE archived_at IS NULL AND erased_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`DROP INDEX candidates_match_reach_idx`);
    await q.query(`ALTER TABLE candidates DROP COLUMN max_weekly_hours`);
    await q.query(`CREATE INDEX candidates_match_reach_idx ON candidates USING gist (match_reach)
                    INCLUDE (${REACH_INCLUDE})
                    WHERE archived_at IS NULL AND erased_at IS NULL`);
  }
}
