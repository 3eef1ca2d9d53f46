import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * The one PostgreSQL connection description, used by the API, the worker, the CLI and the tests.
 * Schema changes happen only through migrations; `synchronize` is never on.
 */
export function typeOrmOptions(config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    logging: false,
    extra: {
      max: config.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      // Extensions (unaccent, pg_trgm, cube, earthdistance) live in public, tables in the app schema.
      // The blind-index keys let SQL test the Law 68 registration without a readable column.
      // No JIT: the queries are short, and compiling the larger ones (the matching worker's list
      // cuts, about 60 ms each time) cost more than it saved.
      options: `-c search_path=${config.DATABASE_SCHEMA},public -c statement_timeout=30000 -c jit=off ${config.dataCipher.indexKeySettings()}`,
      application_name: 'incrocio',
    },
  };
}
