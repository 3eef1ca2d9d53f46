import pg from 'pg';

const EXTENSIONS = ['pgcrypto', 'unaccent', 'pg_trgm', 'cube', 'earthdistance'];

/**
 * Once per test run: the extensions exist in `public` (parallel migrations would race to create them)
 * and schemas left behind by an interrupted earlier run are dropped.
 */
export default async function globalSetup(): Promise<void> {
  const client = new pg.Client({
    connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  });
  await client.connect();
  try {
    for (const extension of EXTENSIONS) {
      await client.query(`CREATE EXTENSION IF NOT EXISTS ${extension} WITH SCHEMA public`);
    }
    // Only schemas older than two hours: another test run may be using the younger ones right now.
    const stale = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace
        WHERE nspname ~ '^t_[a-z0-9_]+_[0-9]{10}_[0-9a-f]{6}$'
          AND substring(nspname from '_([0-9]{10})_[0-9a-f]{6}$')::bigint < extract(epoch from now()) - 7200`,
    );
    for (const { nspname } of stale.rows)
      await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
  } finally {
    await client.end();
  }
}
