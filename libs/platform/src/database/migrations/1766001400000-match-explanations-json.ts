import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored pair's explanation is kept as the JSON text the worker wrote (`json`), not converted to
 * `jsonb`: nothing queries inside it but its summary (`->>`, which `json` answers too), and the
 * conversion was a third of the time of writing the lists in a refresh (2,000 pairs: 90 ms to read
 * the document with the explanations as `jsonb`, 43 as `json`). The text is also smaller than its
 * `jsonb` form (1.3 against 1.65 kB a pair). The change rewrites the table (the lists wait for it:
 * some twenty seconds per million pairs here), hence no statement timeout.
 */
export class MatchExplanationsJson1766001400000 implements MigrationInterface {
  name = 'MatchExplanationsJson1766001400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE match_explanations ALTER COLUMN factors TYPE json USING factors::json`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(
      `ALTER TABLE match_explanations ALTER COLUMN factors TYPE jsonb USING factors::jsonb`,
    );
  }
}
