import { importMunicipalities } from '#libs/geo';
import { type AppConfig, typeOrmOptions } from '#libs/platform';
import { seedStarterVocabulary } from '#libs/taxonomy';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { TEST_DATABASE_URL, TEST_GAZETTEER } from './test-env.js';

/** Runs a statement on the test database outside any schema (create and drop schemas). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates the file's schema, runs every migration into it and loads the gazetteer and the starter
 * occupation vocabulary, as `incrocio up`
 * does for a real database. Returns an open DataSource on that schema.
 */
export async function createTestDatabase(
  config: AppConfig,
  options: { municipalities?: boolean; vocabulary?: boolean } = {},
): Promise<DataSource> {
  await adminQuery(`CREATE SCHEMA "${config.DATABASE_SCHEMA}"`);
  const dataSource = new DataSource(typeOrmOptions(config));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    if (options.municipalities !== false) {
      await importMunicipalities(dataSource, TEST_GAZETTEER);
    }
    if (options.vocabulary !== false) await seedStarterVocabulary(dataSource);
    return dataSource;
  } catch (error) {
    // The caller never gets this DataSource: its open pool would keep the test run alive.
    await dropTestDatabase(config, dataSource).catch(() => undefined);
    throw error;
  }
}

export async function dropTestDatabase(config: AppConfig, dataSource?: DataSource): Promise<void> {
  if (dataSource?.isInitialized) await dataSource.destroy();
  await adminQuery(`DROP SCHEMA IF EXISTS "${config.DATABASE_SCHEMA}" CASCADE`);
}

/** Row counts of every table of the schema: "nothing was written" is checked by comparing two of these. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM "${table_name}"`,
    );
    counts[table_name] = count;
  }
  return counts;
}

/**
 * A fingerprint of every table's content (except the audit log, which is meant to grow with every
 * attempt): two equal fingerprints mean nothing was inserted, updated or deleted.
 */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'audit_log' ORDER BY 1`,
  );
  const fingerprint: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [{ digest }] = await dataSource.query(
      `SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), 'empty') AS digest FROM "${table_name}" t`,
    );
    fingerprint[table_name] = digest;
  }
  return fingerprint;
}
