import { l68CategorySql } from '#libs/candidates';
import { EARTH_RADIUS_KM } from '#libs/kernel';
import {
  ATECO_PREFIXES,
  OCCUPATION_PREFIXES,
  SCOUTING_SECTOR_KEYS,
  type ScoutingSector,
} from './scouting-sectors.js';
import { FIT_WEIGHTS } from './scouting-sectors.js';

export interface PriorityRow {
  company_id: string;
  name: string;
  ateco_code: string | null;
  /** Index of the sector in SCOUTING_SECTOR_KEYS, or null. */
  sector_index: number | null;
  uncovered_disabled: number;
  uncovered_art18: number;
  candidates_nearby: number;
  fitting_candidates: number;
  score: number;
  total: string;
  municipality_name: string | null;
  province_code: string | null;
  stage: string | null;
  last_activity_on: string | null;
}

/**
 * The transaction the query runs in. The grid's generate_series make the planner's row estimates
 * (and costs) huge, which would turn on JIT compilation: seconds spent compiling a query that runs
 * in well under one. The same estimates make it sort the (company, person) pairs to group them;
 * hashing them in memory is faster (measured on the benchmark: about a fifth of the time).
 */
export const PRIORITY_LIST_SETTINGS = [
  'SET TRANSACTION READ ONLY',
  'SET LOCAL jit = off',
  "SET LOCAL work_mem = '64MB'",
  'SET LOCAL enable_sort = off',
] as const;

/** Kilometres in a degree of latitude, rounded down so a person's box always holds their circle. */
const KM_PER_DEGREE = 110;
/**
 * The grid that pairs people and sites by hash instead of testing every pair: a person is listed in
 * each cell of 0,05° (about 5,5 × 4 km in Lombardy) that the box around their circle touches.
 */
const CELL = 0.05;

const UNIT_VECTOR = (lat: string, lng: string) => `
  cos(radians(${lat})) * cos(radians(${lng})) AS x,
  cos(radians(${lat})) * sin(radians(${lng})) AS y,
  sin(radians(${lat})) AS z`;

/**
 * The scouting priority list in one query. $1 organisation; $2/$3 ATECO prefixes and their sector
 * indexes; $4/$5 occupation prefixes and their sector indexes; $6 limit, $7 offset; $8 the area.
 *
 * - target: the organisation's companies with uncovered positions (stored positions), their
 *   sector as a bit.
 * - pool: the organisation's people registered in the collocamento mirato list and looking for
 *   work, with bit masks of the sectors of the occupations they want and have done.
 * - pairs: a person counts for a company when a site is within the person's travel radius of home.
 *   People are spread over the grid cells their box touches and joined to the sites by cell (a
 *   hash join), then the box and the exact great-circle distance are checked: two points on the
 *   unit sphere are within d of each other when their chord is within 2·sin(d / 2R). Each pair
 *   counts once, however many sites are in reach, with its fit (FIT_WEIGHTS).
 * Only counts leave the query, never a person.
 */
export const PRIORITY_LIST_SQL = (inArea: string) => `
  WITH ateco (prefix, sector) AS (SELECT * FROM unnest($2::text[], $3::int[])),
  occupation (prefix, sector) AS (SELECT * FROM unnest($4::text[], $5::int[])),
  target AS MATERIALIZED (
    SELECT p.company_id, c.name, c.ateco_code, p.uncovered_disabled, p.uncovered_art18,
           row_number() OVER () AS t,
           (SELECT a.sector FROM ateco a WHERE c.ateco_code LIKE a.prefix || '%'
             ORDER BY length(a.prefix) DESC LIMIT 1) AS sector_index
      FROM law68_positions p
      JOIN companies c ON c.id = p.company_id
     WHERE p.organisation_id = $1 AND c.organisation_id = $1 AND c.archived_at IS NULL
       AND (p.uncovered_disabled > 0 OR p.uncovered_art18 > 0)
       AND ${inArea}
  ),
  site AS MATERIALIZED (
    SELECT t.t, COALESCE(1 << t.sector_index, 0) AS sector_bit,
           t.uncovered_disabled > 0 AS wants_disability, t.uncovered_art18 > 0 AS wants_art18,
           s.lat, s.lng, floor(s.lat / ${CELL})::int AS cell_lat, floor(s.lng / ${CELL})::int AS cell_lng,
           ${UNIT_VECTOR('s.lat', 's.lng')}
      FROM target t
      JOIN company_sites s ON s.company_id = t.company_id
  ),
  pool AS MATERIALIZED (
    SELECT row_number() OVER () AS p, l.category = 'ART18' AS art18,
           (2 * sin(c.max_travel_km::float8 / (2 * ${EARTH_RADIUS_KM}))) ^ 2 AS chord2,
           c.home_lat - c.max_travel_km::float8 / ${KM_PER_DEGREE} AS min_lat,
           c.home_lat + c.max_travel_km::float8 / ${KM_PER_DEGREE} AS max_lat,
           c.home_lng - c.max_travel_km::float8 / (${KM_PER_DEGREE} * cos(radians(c.home_lat))) AS min_lng,
           c.home_lng + c.max_travel_km::float8 / (${KM_PER_DEGREE} * cos(radians(c.home_lat))) AS max_lng,
           ${UNIT_VECTOR('c.home_lat', 'c.home_lng')},
           (SELECT COALESCE(bit_or(1 << o.sector), 0) FROM unnest(c.preferred_occupations) AS code
              JOIN occupation o ON code = o.prefix OR code LIKE o.prefix || '.%') AS preferred,
           (SELECT COALESCE(bit_or(1 << o.sector), 0) FROM jsonb_array_elements(c.experiences) AS e
              JOIN occupation o ON e->>'occupationCode' = o.prefix
                                OR e->>'occupationCode' LIKE o.prefix || '.%') AS experienced,
           cardinality(c.preferred_occupations) = 0 AND jsonb_array_length(c.experiences) = 0 AS unstated
      FROM candidate_sensitive s
     CROSS JOIN LATERAL (SELECT ${l68CategorySql('s', 's.candidate_id')} AS category) l
      JOIN candidates c ON c.id = s.candidate_id
     WHERE s.organisation_id = $1 AND l.category IS NOT NULL
       AND c.organisation_id = $1 AND c.archived_at IS NULL AND c.erased_at IS NULL
       AND c.pathway_status NOT IN ('EMPLOYED', 'CLOSED')
  ),
  reach AS MATERIALIZED (
    SELECT pool.*, cell_lat, cell_lng
      FROM pool
     CROSS JOIN LATERAL generate_series(floor(pool.min_lat / ${CELL})::int, floor(pool.max_lat / ${CELL})::int) AS cell_lat
     CROSS JOIN LATERAL generate_series(floor(pool.min_lng / ${CELL})::int, floor(pool.max_lng / ${CELL})::int) AS cell_lng
  ),
  pairs AS (
    SELECT si.t, r.p,
           max(CASE WHEN si.sector_bit = 0 THEN ${FIT_WEIGHTS.UNSTATED}
                    WHEN r.preferred & si.sector_bit <> 0 THEN ${FIT_WEIGHTS.PREFERRED}
                    WHEN r.experienced & si.sector_bit <> 0 THEN ${FIT_WEIGHTS.EXPERIENCED}
                    WHEN r.unstated THEN ${FIT_WEIGHTS.UNSTATED}
                    ELSE ${FIT_WEIGHTS.OTHER} END)::float8 AS fit
      FROM site si
      JOIN reach r ON r.cell_lat = si.cell_lat AND r.cell_lng = si.cell_lng
     WHERE (CASE WHEN r.art18 THEN si.wants_art18 ELSE si.wants_disability END)
       AND si.lat BETWEEN r.min_lat AND r.max_lat AND si.lng BETWEEN r.min_lng AND r.max_lng
       AND (si.x - r.x) ^ 2 + (si.y - r.y) ^ 2 + (si.z - r.z) ^ 2 <= r.chord2
     GROUP BY si.t, r.p
  ),
  counted AS (
    SELECT t, count(*)::int AS candidates_nearby,
           (count(*) FILTER (WHERE fit >= ${FIT_WEIGHTS.EXPERIENCED}))::int AS fitting_candidates,
           round(sum(fit)::numeric, 1)::float8 AS score
      FROM pairs GROUP BY t
  ),
  page AS (
    SELECT target.company_id, target.name, target.ateco_code, target.sector_index,
           target.uncovered_disabled, target.uncovered_art18,
           COALESCE(counted.candidates_nearby, 0) AS candidates_nearby,
           COALESCE(counted.fitting_candidates, 0) AS fitting_candidates,
           COALESCE(counted.score, 0) AS score,
           count(*) OVER () AS total
      FROM target LEFT JOIN counted ON counted.t = target.t
     ORDER BY score DESC, fitting_candidates DESC, target.uncovered_disabled + target.uncovered_art18 DESC,
              target.name, target.company_id
     LIMIT $6 OFFSET $7
  )
  SELECT page.*, seat.name AS municipality_name, seat.province_code, sc.stage,
         (SELECT to_char(max(a.occurred_on), 'YYYY-MM-DD') FROM scouting_activities a
           WHERE a.company_id = page.company_id) AS last_activity_on
    FROM page
    LEFT JOIN scouting_companies sc ON sc.company_id = page.company_id
    LEFT JOIN LATERAL (
      SELECT m.name, m.province_code FROM company_sites s
        JOIN municipalities m ON m.istat_code = s.municipality_code
       WHERE s.company_id = page.company_id ORDER BY s.legal_seat DESC, s.name LIMIT 1) seat ON true
   ORDER BY page.score DESC, page.fitting_candidates DESC,
            page.uncovered_disabled + page.uncovered_art18 DESC, page.name, page.company_id`;

/** The ATECO and occupation prefixes with the index of their sector ($2 to $5 of the query). */
export function sectorParameters(): [string[], number[], string[], number[]] {
  const index = (sector: ScoutingSector) => SCOUTING_SECTOR_KEYS.indexOf(sector);
  return [
    ATECO_PREFIXES.map((row) => row.prefix),
    ATECO_PREFIXES.map((row) => index(row.sector)),
    OCCUPATION_PREFIXES.map((row) => row.prefix),
    OCCUPATION_PREFIXES.map((row) => index(row.sector)),
  ];
}
