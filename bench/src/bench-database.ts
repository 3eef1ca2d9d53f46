import { createHash } from 'node:crypto';
import { l68CategorySql, l68RegisteredForSql } from '#libs/candidates';
import { generateDemoData } from '#libs/demo-data';
import { BUNDLED_GAZETTEER, importMunicipalities } from '#libs/geo';
import { type AppConfig, ensureDatabaseExists, loadConfig, typeOrmOptions } from '#libs/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';

export interface BenchSize {
  organisations: number;
  candidates: number;
  companies: number;
  vacancies: number;
  /**
   * Every organisation in one network with all vacancies published to it: each person is matched
   * against the whole region's vacancies, each vacancy against every organisation's people.
   */
  sharedInOneNetwork?: boolean;
}

/**
 * The key the generated data is sealed under: fixed, so that a run reads what an earlier run
 * generated from whatever directory it starts (the development key lives in the starting directory's
 * var/). The data is made up; a production configuration refuses keys it does not hold.
 */
const BENCH_DATA_KEYS = `bench:${createHash('sha256').update('incrocio-bench-data-key').digest('base64')}`;

/** The benchmark's own database and schema: never the developer's data, never a test's. */
export function benchConfig(size: BenchSize): AppConfig {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/incrocio_bench';
  const schema = `bench_${size.candidates}_${size.vacancies}${size.sharedInOneNetwork ? '_net' : ''}`;
  return loadConfig({
    DATABASE_URL: url,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: '4',
    DATA_KEYS: BENCH_DATA_KEYS,
    LOG_LEVEL: 'warn',
  });
}

/**
 * A DataSource on a schema holding generated data of the given size. The data is generated once and
 * kept (at regional size it takes minutes): a later run reuses it. The matching pre-filter columns
 * are generated columns, so the bulk inserts fill them.
 */
export async function openBenchDatabase(
  size: BenchSize,
  log: (line: string) => void,
): Promise<DataSource> {
  const config = benchConfig(size);
  await ensureDatabaseExists(config.DATABASE_URL);
  const admin = new pg.Client({ connectionString: config.DATABASE_URL });
  await admin.connect();
  try {
    for (const extension of ['pgcrypto', 'unaccent', 'pg_trgm', 'cube', 'earthdistance']) {
      await admin.query(`CREATE EXTENSION IF NOT EXISTS ${extension} WITH SCHEMA public`);
    }
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${config.DATABASE_SCHEMA}"`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(typeOrmOptions(config)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const [{ count }]: Array<{ count: number }> = await dataSource.query(
    `SELECT count(*)::int AS count FROM organisations`,
  );
  if (count === 0) {
    log(`generazione dei dati (${size.candidates} persone, ${size.vacancies} offerte)...`);
    await importMunicipalities(dataSource, BUNDLED_GAZETTEER);
    const { sharedInOneNetwork, ...counts } = size;
    const result = await generateDemoData(dataSource, {
      ...counts,
      ...(sharedInOneNetwork ? { network: { name: 'Rete regionale', sharedVacancies: 1 } } : {}),
      seed: 'bench-2026',
      password: 'bench-password-non-usata',
      dataCipher: config.dataCipher,
      onProgress: ({ table, written }) => {
        if (written % 50_000 === 0) log(`  ${table}: ${written}`);
      },
    });
    log(`dati generati in ${Math.round(result.elapsedMs / 1000)} s`);
    // As a database in use is: statistics, and the visibility map that index-only scans rely on.
    await dataSource.query('VACUUM (ANALYZE)');
  }
  await checkSensitiveDataReadable(dataSource, config.DATABASE_SCHEMA);
  return dataSource;
}

/**
 * Data sealed under another key reads as nobody registered under Law 68: reserved vacancies would
 * find no one, quickly, on both the measured and the naive path, and the report would not say so.
 */
async function checkSensitiveDataReadable(dataSource: DataSource, schema: string): Promise<void> {
  const readable = `${l68RegisteredForSql('s', 's.candidate_id', `'NONE'`)}
    OR ${l68CategorySql('s', 's.candidate_id')} IS NOT NULL`;
  // A row sealed under a key id the connection does not carry fails the query itself.
  const problem = await dataSource
    .query(
      `SELECT count(*)::int AS unreadable
         FROM (SELECT * FROM candidate_sensitive ORDER BY candidate_id LIMIT 200) s
        WHERE NOT (${readable})`,
    )
    .then(
      ([{ unreadable }]: Array<{ unreadable: number }>) =>
        unreadable > 0 ? `${unreadable} of the first 200 rows of candidate_sensitive` : null,
      (error: Error) => error.message,
    );
  if (problem) {
    await dataSource.destroy();
    throw new Error(
      `the schema ${schema} holds data sealed under another key than the benchmark's (${problem}): ` +
        `drop it (DROP SCHEMA "${schema}" CASCADE) and run again to generate it anew`,
    );
  }
}
