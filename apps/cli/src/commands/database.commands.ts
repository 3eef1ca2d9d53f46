import { existsSync } from 'node:fs';
import { BUNDLED_GAZETTEER, importMunicipalities } from '#libs/geo';
import { type AppConfig, ensureDatabaseExists, typeOrmOptions } from '#libs/platform';
import { DataSource } from 'typeorm';

export async function openDataSource(config: AppConfig): Promise<DataSource> {
  const dataSource = new DataSource(typeOrmOptions(config));
  await dataSource.initialize();
  return dataSource;
}

/** Creates the database if needed and applies every pending migration. */
export async function migrate(config: AppConfig): Promise<void> {
  if (await ensureDatabaseExists(config.DATABASE_URL)) console.log('Database creato.');
  const dataSource = await openDataSource(config);
  try {
    if (config.DATABASE_SCHEMA !== 'public')
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${config.DATABASE_SCHEMA}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length
        ? `Migrazioni applicate: ${applied.map((m) => m.name).join(', ')}`
        : 'Il database è aggiornato.',
    );
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the last migration, or all of them. */
export async function migrateDown(config: AppConfig, all: boolean): Promise<void> {
  const dataSource = await openDataSource(config);
  try {
    do {
      await dataSource.undoLastMigration({ transaction: 'each' });
    } while (
      all &&
      (await dataSource.query(`SELECT count(*)::int AS n FROM schema_migrations`))[0].n > 0
    );
  } finally {
    await dataSource.destroy();
  }
}

/** The gazetteer file: INCROCIO_GAZETTEER, or the municipalities shipped in libs/geo/data. */
export function defaultGazetteer(): string | undefined {
  const candidates = [process.env.INCROCIO_GAZETTEER, BUNDLED_GAZETTEER];
  return candidates.find((file): file is string => Boolean(file) && existsSync(file!));
}

export async function importGazetteer(config: AppConfig, file: string): Promise<number> {
  const dataSource = await openDataSource(config);
  try {
    return await importMunicipalities(dataSource, file);
  } finally {
    await dataSource.destroy();
  }
}

export async function countRows(
  config: AppConfig,
  table: 'municipalities' | 'organisations',
): Promise<number> {
  const dataSource = await openDataSource(config);
  try {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  } finally {
    await dataSource.destroy();
  }
}
