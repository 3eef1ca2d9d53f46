import { adminQuery, testConfig, uniqueTestName } from '#libs/testing';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { typeOrmOptions } from './typeorm-options.js';

describe('migrations', () => {
  const config = testConfig(uniqueTestName('migrations'));
  let dataSource: DataSource;

  const tables = async (): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`,
        [config.DATABASE_SCHEMA],
      )
    ).map((row: { table_name: string }) => row.table_name);

  beforeAll(async () => {
    await adminQuery(`CREATE SCHEMA "${config.DATABASE_SCHEMA}"`);
    dataSource = await new DataSource(typeOrmOptions(config)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await adminQuery(`DROP SCHEMA IF EXISTS "${config.DATABASE_SCHEMA}" CASCADE`);
  });

  it('run up on an empty database, down to nothing, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'candidates',
        'candidate_sensitive',
        'companies',
        'vacancies',
        'audit_log',
      ]),
    );

    for (let i = 0; i < MIGRATIONS.length; i += 1)
      await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['schema_migrations']);

    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
  });

  it('keep the audit log append-only', async () => {
    await dataSource.query(`INSERT INTO audit_log (action) VALUES ('LOGIN_FAILED')`);
    await expect(
      dataSource.query(`UPDATE audit_log SET action = 'LOGIN_SUCCEEDED'`),
    ).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});
