import { parse } from 'csv-parse/sync';

export interface MunicipalityRow {
  istatCode: string;
  name: string;
  provinceCode: string;
  province: string;
  region: string;
  cap: string | null;
  population: number | null;
  lat: number;
  lng: number;
}

const REQUIRED = ['istat_code', 'name', 'province_code', 'province', 'region', 'lat', 'lng'];

/**
 * Parses a gazetteer CSV with the header
 * `istat_code,name,province_code,province,region,cap,population,lat,lng` (the format of
 * libs/geo/data/comuni.csv). A malformed line stops the import with its line number.
 */
export function parseMunicipalitiesCsv(text: string): MunicipalityRow[] {
  const records: Array<Record<string, string>> = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const missing = REQUIRED.filter((column) => records.length > 0 && !(column in records[0]));
  if (missing.length > 0)
    throw new Error(`Colonne mancanti nel file dei comuni: ${missing.join(', ')}`);
  return records.map((record, index) => {
    const line = index + 2;
    const lat = Number(record.lat);
    const lng = Number(record.lng);
    if (!/^\d{6}$/.test(record.istat_code))
      throw new Error(`Riga ${line}: codice ISTAT non valido`);
    if (
      !Number.isFinite(lat) ||
      Math.abs(lat) > 90 ||
      !Number.isFinite(lng) ||
      Math.abs(lng) > 180
    ) {
      throw new Error(`Riga ${line}: coordinate non valide`);
    }
    return {
      istatCode: record.istat_code,
      name: record.name,
      provinceCode: record.province_code,
      province: record.province,
      region: record.region,
      cap: record.cap || null,
      population: record.population ? Number(record.population) : null,
      lat,
      lng,
    };
  });
}
