import { generateDemoData } from '#libs/demo-data';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { openCandidateSensitive } from './candidate-sensitive.sealer.js';
import { l68CategorySql } from './l68-registration.sql.js';

const SEALING = 'CandidateSensitiveSealed1765000005000';

/** The migration that seals candidate_sensitive, on a database that already holds people's data. */
describe('sealing migration of candidate_sensitive', () => {
  const config = testConfig(uniqueTestName('sealing_migration'));
  let db: DataSource;
  const opened = async () =>
    (
      (await db.query(
        `SELECT candidate_id AS "candidateId", organisation_id AS "organisationId", sealed,
                ${l68CategorySql('s', 's.candidate_id')} AS category
           FROM candidate_sensitive s ORDER BY candidate_id`,
      )) as Array<{ candidateId: string; organisationId: string; sealed: Buffer; category: string }>
    ).map((row) => ({ ...openCandidateSensitive(config.dataCipher, row), category: row.category }));

  beforeAll(async () => {
    db = await createTestDatabase(config);
    await generateDemoData(db, {
      organisations: 1,
      candidates: 40,
      companies: 5,
      vacancies: 5,
      seed: 'sealing-migration',
      password: 'demo-password-lunga',
      dataCipher: config.dataCipher,
    });
  }, 120_000);
  afterAll(() => dropTestDatabase(config, db));

  it('gives the clear columns back going down, and seals them again going up', async () => {
    const sealed = await opened();
    expect(sealed.some((row) => row.l68EligibleCategory !== null)).toBe(true);
    expect(sealed.map((row) => row.category)).toEqual(sealed.map((row) => row.l68EligibleCategory));

    const applied = async () =>
      (await db.query(`SELECT 1 FROM schema_migrations WHERE name = $1`, [SEALING])).length > 0;
    while (await applied()) await db.undoLastMigration({ transaction: 'each' });
    const clear: Array<Record<string, unknown>> = await db.query(
      `SELECT candidate_id AS "candidateId", organisation_id AS "organisationId",
              target_groups AS "targetGroups", l68, l68_eligible_category AS "l68EligibleCategory",
              health, justice, asylum, violence, referral
         FROM candidate_sensitive ORDER BY candidate_id`,
    );
    expect(clear).toEqual(sealed.map(({ category: _category, ...row }) => row));

    await db.runMigrations({ transaction: 'each' });
    expect(await opened()).toEqual(sealed);
    const columns: Array<{ column_name: string }> = await db.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = $1 AND table_name = 'candidate_sensitive' ORDER BY 1`,
      [config.DATABASE_SCHEMA],
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'candidate_id',
      'key_id',
      'l68_index',
      'organisation_id',
      'sealed',
      'updated_at',
    ]);
  });
});
