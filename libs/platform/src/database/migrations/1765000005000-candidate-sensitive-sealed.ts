import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadConfig } from '../../config/app-config.js';

const CLEAR_COLUMNS = `target_groups text[] NOT NULL DEFAULT '{}', ADD COLUMN l68 jsonb,
  ADD COLUMN l68_eligible_category text CHECK (l68_eligible_category IN ('DISABILITY','ART18')),
  ADD COLUMN health jsonb, ADD COLUMN justice jsonb, ADD COLUMN asylum jsonb,
  ADD COLUMN violence jsonb, ADD COLUMN referral jsonb`;
const BATCH = 500;

type ClearRow = Parameters<typeof import('#libs/candidates').sealCandidateSensitive>[1];

/**
 * Encryption at rest of the special-category data: candidate_sensitive keeps one AES-256-GCM
 * envelope of all its fields (sealed), the key id, and a keyed blind index of the Law 68
 * registration (l68_index) in place of the readable l68_eligible_category. Existing rows are sealed
 * here under the active key of the environment running the migration (DATA_KEYS, DATA_KEY_ID), by
 * the candidates lib's own sealer (loaded when needed, the platform does not depend on it).
 */
export class CandidateSensitiveSealed1765000005000 implements MigrationInterface {
  name = 'CandidateSensitiveSealed1765000005000';

  async up(q: QueryRunner): Promise<void> {
    const { sealCandidateSensitive } = await import('#libs/candidates');
    const cipher = loadConfig().dataCipher;
    await q.query(`ALTER TABLE candidate_sensitive ADD COLUMN key_id text, ADD COLUMN sealed bytea,
                   ADD COLUMN l68_index bytea`);
    for (;;) {
      const rows: ClearRow[] = await q.query(
        `SELECT candidate_id AS "candidateId", organisation_id AS "organisationId",
                target_groups AS "targetGroups", l68, health, justice, asylum, violence, referral
           FROM candidate_sensitive WHERE sealed IS NULL LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const sealed = sealCandidateSensitive(cipher, row);
        await q.query(
          `UPDATE candidate_sensitive SET key_id = $2, sealed = $3, l68_index = $4 WHERE candidate_id = $1`,
          [sealed.candidateId, sealed.keyId, sealed.sealed, sealed.l68Index],
        );
      }
    }
    await q.query(`ALTER TABLE candidate_sensitive DROP COLUMN target_groups, DROP COLUMN l68,
                   DROP COLUMN l68_eligible_category, DROP COLUMN health, DROP COLUMN justice,
                   DROP COLUMN asylum, DROP COLUMN violence, DROP COLUMN referral,
                   ALTER COLUMN key_id SET NOT NULL, ALTER COLUMN sealed SET NOT NULL,
                   ALTER COLUMN l68_index SET NOT NULL`);
    await q.query(
      `CREATE INDEX candidate_sensitive_key_idx ON candidate_sensitive (key_id, candidate_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const { openCandidateSensitive } = await import('#libs/candidates');
    const cipher = loadConfig().dataCipher;
    await q.query(`DROP INDEX candidate_sensitive_key_idx`);
    await q.query(`ALTER TABLE candidate_sensitive ADD COLUMN ${CLEAR_COLUMNS}`);
    const rows: Array<{ candidateId: string; organisationId: string; sealed: Buffer }> =
      await q.query(
        `SELECT candidate_id AS "candidateId", organisation_id AS "organisationId", sealed
           FROM candidate_sensitive`,
      );
    for (const row of rows) {
      const data = openCandidateSensitive(cipher, row);
      await q.query(
        `UPDATE candidate_sensitive SET target_groups = $2, l68 = $3, l68_eligible_category = $4,
                health = $5, justice = $6, asylum = $7, violence = $8, referral = $9
          WHERE candidate_id = $1`,
        [
          row.candidateId,
          data.targetGroups,
          JSON.stringify(data.l68),
          data.l68EligibleCategory,
          JSON.stringify(data.health),
          JSON.stringify(data.justice),
          JSON.stringify(data.asylum),
          JSON.stringify(data.violence),
          JSON.stringify(data.referral),
        ],
      );
    }
    await q.query(`ALTER TABLE candidate_sensitive DROP COLUMN key_id, DROP COLUMN sealed,
                   DROP COLUMN l68_index`);
    await q.query(`CREATE INDEX candidate_sensitive_l68_idx ON candidate_sensitive (organisation_id, l68_eligible_category)
                    WHERE l68_eligible_category IS NOT NULL`);
  }
}
