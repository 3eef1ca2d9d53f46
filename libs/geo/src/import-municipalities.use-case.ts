import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { parseMunicipalitiesCsv } from './municipalities-csv.js';
import { upsertMunicipalitiesSql } from './municipalities.sql.js';

/**
 * Loads (or refreshes) the gazetteer from a CSV file in one transaction: existing municipalities are
 * updated, new ones added, none removed (records may still point at a merged municipality).
 */
export async function importMunicipalities(dataSource: DataSource, file: string): Promise<number> {
  const rows = parseMunicipalitiesCsv(await readFile(file, 'utf8'));
  const batch = 1000;
  await dataSource.transaction(async (manager) => {
    for (let start = 0; start < rows.length; start += batch) {
      const slice = rows.slice(start, start + batch);
      const values: unknown[] = [];
      for (const row of slice) {
        values.push(
          row.istatCode,
          row.name,
          row.provinceCode,
          row.province,
          row.region,
          row.cap,
          row.population,
          row.lat,
          row.lng,
        );
      }
      await manager.query(upsertMunicipalitiesSql(slice.length), values);
    }
  });
  return rows.length;
}
