/** A company of the area with its stored position ($1 organisation, $2 next prospetto date). */
export interface TerritoryRow {
  company_id: string;
  name: string;
  vat_number: string;
  ateco_code: string | null;
  municipality_name: string | null;
  province_code: string | null;
  band: string;
  b3: number;
  q3: number;
  q18: number;
  coverage: number;
  uncovered_disabled: number;
  uncovered_art18: number;
  reference_date: string;
  as_of: string;
  sanction_since: string | null;
  sanctionable_positions: number;
  accrued_sanction_cents: string;
  prospetto_declared: boolean;
  stage: string | null;
}

export const TERRITORY_COMPANIES_SQL = (inArea: string) => `
  SELECT c.id AS company_id, c.name, c.vat_number, c.ateco_code,
         seat.name AS municipality_name, seat.province_code,
         p.band, p.b3, p.q3, p.q18, p.coverage, p.uncovered_disabled, p.uncovered_art18,
         to_char(d.reference_date, 'YYYY-MM-DD') AS reference_date,
         to_char(p.as_of, 'YYYY-MM-DD') AS as_of,
         to_char(p.sanction_since, 'YYYY-MM-DD') AS sanction_since,
         p.sanctionable_positions, p.accrued_sanction_cents,
         EXISTS (SELECT 1 FROM law68_declarations x
                  WHERE x.company_id = c.id AND x.reference_date = $2) AS prospetto_declared,
         sc.stage
    FROM law68_positions p
    JOIN companies c ON c.id = p.company_id
    JOIN law68_declarations d ON d.id = p.declaration_id
    LEFT JOIN scouting_companies sc ON sc.company_id = c.id
    LEFT JOIN LATERAL (
      SELECT m.name, m.province_code FROM company_sites s
        JOIN municipalities m ON m.istat_code = s.municipality_code
       WHERE s.company_id = c.id ORDER BY s.legal_seat DESC, s.name LIMIT 1) seat ON true
   WHERE p.organisation_id = $1 AND c.organisation_id = $1 AND c.archived_at IS NULL
     AND ${inArea}`;

/**
 * Coverage by prospetto year: the declared positions at 31 December of each year ($1 organisation),
 * summed over the companies of the area that declared that year.
 */
export const TERRITORY_TREND_SQL = (inArea: string) => `
  SELECT to_char(d.reference_date, 'YYYY-MM-DD') AS "referenceDate",
         count(*)::int AS companies,
         count(*) FILTER (WHERE d.uncovered_disabled + d.uncovered_art18 > 0)::int AS "companiesBelowQuota",
         sum(d.q3)::int AS "quotaDisabled",
         sum(d.coverage)::int AS coverage,
         sum(d.uncovered_disabled)::int AS "uncoveredDisabled",
         sum(d.uncovered_art18)::int AS "uncoveredArt18"
    FROM law68_declarations d
    JOIN companies c ON c.id = d.company_id
   WHERE d.organisation_id = $1 AND c.archived_at IS NULL
     AND to_char(d.reference_date, 'MM-DD') = '12-31'
     AND ${inArea}
   GROUP BY d.reference_date
   ORDER BY d.reference_date`;

/** The name of a province ($1, its code such as 'MI'), from the gazetteer. */
export const PROVINCE_NAME_SQL = `SELECT province FROM municipalities WHERE province_code = $1 LIMIT 1`;
