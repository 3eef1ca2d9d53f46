import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching workers keep the active people in memory too (the people a vacancy may reach) and
 * follow their changes by `updated_at` every second: without this index each poll would read the
 * whole table.
 */
export class CandidatesUpdatedIndex1766001300000 implements MigrationInterface {
  name = 'CandidatesUpdatedIndex1766001300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX candidates_updated_at_idx ON candidates (updated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidates_updated_at_idx`);
  }
}
