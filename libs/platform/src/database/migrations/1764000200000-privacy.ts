import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a case was closed (for the retention rule) and when a person was erased (anonymised). */
export class Privacy1764000200000 implements MigrationInterface {
  name = 'Privacy1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE candidates ADD COLUMN closed_at timestamptz, ADD COLUMN erased_at timestamptz`,
    );
    await q.query(`UPDATE candidates SET closed_at = updated_at WHERE pathway_status = 'CLOSED'`);
    await q.query(
      `CREATE INDEX candidates_retention_idx ON candidates (closed_at) WHERE erased_at IS NULL AND closed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidates_retention_idx`);
    await q.query(`ALTER TABLE candidates DROP COLUMN closed_at, DROP COLUMN erased_at`);
  }
}
