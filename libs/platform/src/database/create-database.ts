import pg from 'pg';

/**
 * Creates the database named in the URL when it does not exist yet, by connecting to the server's
 * maintenance database. Used by `incrocio up` so that a fresh machine starts with one command.
 */
export async function ensureDatabaseExists(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`Nome di database non valido in DATABASE_URL: ${name}`);
  }
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Extensions the search and geography code need; created once per database, in `public`. */
export const REQUIRED_EXTENSIONS = ['unaccent', 'pg_trgm', 'cube', 'earthdistance', 'pgcrypto'];
