/**
 * The ALLOWED_AREA pre-filter clause (hard-constraints.rules.ts), apart from the rest of the
 * pre-filter so that it reads like the core's check (allowed-area.rules.ts): the candidate `c` has no
 * area, or the vacancy `v`'s site is in one of its municipalities, or within its circle. `within`
 * builds the pre-filter's conservative distance test (a little wider than the core's radius).
 *
 * The area is the candidates.allowed_area column: `{lat, lng, radiusKm}` for a circle,
 * `municipalityCodes` for ISTAT codes, or both. An area with neither limits nothing (the core reads
 * it so too; the API never stores one).
 */
export function allowedAreaFitsSql(
  within: (centre: string, site: string, km: string) => string,
): string {
  const area = 'c.allowed_area';
  const codes = `(${area}->'municipalityCodes')`;
  const hasCircle = `((${area}->>'radiusKm') IS NOT NULL)`;
  // CASE, not AND: SQL does not promise to test the type before taking the length.
  const hasCodes = `(CASE WHEN jsonb_typeof(${codes}) = 'array'
    THEN jsonb_array_length(${codes}) > 0 ELSE false END)`;
  const inCircle = `(${hasCircle} AND ${within(
    `ll_to_earth((${area}->>'lat')::float8, (${area}->>'lng')::float8)`,
    'v.match_site',
    `(${area}->>'radiusKm')`,
  )})`;
  const inMunicipality = `(${hasCodes} AND ${codes} @> to_jsonb(v.municipality_code::text))`;
  return `(${area} IS NULL OR ${inMunicipality} OR ${inCircle}
    OR NOT (${hasCircle} OR ${hasCodes}))`;
}
