/** The columns of one municipality row, in the order of the upsert's parameters. */
export const MUNICIPALITY_COLUMNS = 9;

/**
 * Inserts `rows` municipalities (parameters in MUNICIPALITY_COLUMNS order) or refreshes the ones
 * already known by their ISTAT code.
 */
export function upsertMunicipalitiesSql(rows: number): string {
  const tuples = Array.from({ length: rows }, (_, i) => {
    const p = i * MUNICIPALITY_COLUMNS;
    const params = Array.from({ length: MUNICIPALITY_COLUMNS }, (_, c) => `$${p + c + 1}`);
    return `(${params.join(',')})`;
  });
  return `INSERT INTO municipalities (istat_code, name, province_code, province, region, cap, population, lat, lng)
     VALUES ${tuples.join(',')}
     ON CONFLICT (istat_code) DO UPDATE SET name = EXCLUDED.name, province_code = EXCLUDED.province_code,
       province = EXCLUDED.province, region = EXCLUDED.region, cap = EXCLUDED.cap,
       population = EXCLUDED.population, lat = EXCLUDED.lat, lng = EXCLUDED.lng`;
}
