import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { parseMunicipalitiesCsv } from './municipalities-csv.js';

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
      const tuples = slice.map((row, i) => {
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
        const p = i * 9;
        return `($${p + 1},$${p + 2},$${p + 3},$${p + 4},$${p + 5},$${p + 6},$${p + 7},$${p + 8},$${p + 9})`;
      });
      await manager.query(
        `INSERT INTO municipalities (istat_code, name, province_code, province, region, cap, population, lat, lng)
         VALUES ${tuples.join(',')}
         ON CONFLICT (istat_code) DO UPDATE SET name = EXCLUDED.name, province_code = EXCLUDED.province_code,
           province = EXCLUDED.province, region = EXCLUDED.region, cap = EXCLUDED.cap,
           population = EXCLUDED.population, lat = EXCLUDED.lat, lng = EXCLUDED.lng`,
        values,
      );
    }
  });
  return rows.length;
}
