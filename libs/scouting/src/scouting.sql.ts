import { openVacancySql } from '#libs/vacancies';

/**
 * SQL text of the scouting reports, run only by ScoutingRepository. They are read-only projections
 * that join the scouting tables with companies, their sites, municipalities, Law 68 positions and
 * vacancies: the rules of those tables come from their owners (an open vacancy is openVacancySql).
 */

/** Open next actions of organisation $1 (more conditions in `where`), paged by the last two params. */
export function nextActionsSql(where: string, limit: string, offset: string): string {
  return `
    SELECT a.id AS "activityId", a.company_id AS "companyId", c.name AS "companyName",
           a.consultant_id AS "consultantId", a.next_action AS "nextAction",
           to_char(a.next_action_due, 'YYYY-MM-DD') AS due, count(*) OVER () AS total
      FROM scouting_activities a JOIN companies c ON c.id = a.company_id
     WHERE ${where}
     ORDER BY a.next_action_due, c.name, a.id
     LIMIT ${limit} OFFSET ${offset}`;
}

/** The organisation's ($1) live companies, of one consultant ($2) when not null. */
const PIPELINE_BASE = `
  FROM companies c
  LEFT JOIN scouting_companies sc ON sc.company_id = c.id
  LEFT JOIN law68_positions p ON p.company_id = c.id
 WHERE c.organisation_id = $1 AND c.archived_at IS NULL
   AND ($2::uuid IS NULL OR sc.consultant_id = $2)`;

export const PIPELINE_COUNTS_SQL = `
  SELECT COALESCE(sc.stage, 'TO_CONTACT') AS stage, count(*)::int AS companies ${PIPELINE_BASE} GROUP BY 1`;

/** The companies at stage $3 (any when null), most uncovered positions first, $4 per page from $5. */
export const PIPELINE_PAGE_SQL = `
  SELECT c.id AS "companyId", c.name, COALESCE(sc.stage, 'TO_CONTACT') AS stage,
         sc.consultant_id AS "consultantId", sc.stage_changed_at AS "stageChangedAt",
         c.km_zero AS "kmZero", p.uncovered_disabled + p.uncovered_art18 AS "uncoveredPositions",
         count(*) OVER () AS total
    ${PIPELINE_BASE} AND ($3::text IS NULL OR COALESCE(sc.stage, 'TO_CONTACT') = $3)
   ORDER BY "uncoveredPositions" DESC NULLS LAST, c.name, c.id
   LIMIT $4 OFFSET $5`;

/**
 * The organisation's ($1) km-zero businesses with a site within $4 metres of ($2, $3), one row per
 * company (its nearest site), with the count of its km-zero vacancies open on $5 (Europe/Rome).
 */
export const KM_ZERO_BUSINESSES_SQL = `
  SELECT DISTINCT ON (c.id) c.id AS "companyId", c.name, c.ateco_code AS "atecoCode",
         json_build_object('id', s.id, 'name', s.name, 'address', s.address,
                           'municipalityCode', s.municipality_code, 'municipalityName', m.name) AS site,
         round((public.earth_distance(public.ll_to_earth($2, $3), public.ll_to_earth(s.lat, s.lng)) / 1000)::numeric, 2)::float8 AS "distanceKm",
         COALESCE(sc.stage, 'TO_CONTACT') AS stage,
         (SELECT count(*)::int FROM vacancies v WHERE v.company_id = c.id AND v.km_zero
             AND ${openVacancySql('v', '$5::date')}) AS "openKmZeroVacancies"
    FROM company_sites s
    JOIN companies c ON c.id = s.company_id
    JOIN municipalities m ON m.istat_code = s.municipality_code
    LEFT JOIN scouting_companies sc ON sc.company_id = c.id
   WHERE s.organisation_id = $1 AND c.organisation_id = $1 AND c.km_zero AND c.archived_at IS NULL
     AND public.ll_to_earth(s.lat, s.lng) OPERATOR(public.<@) public.earth_box(public.ll_to_earth($2, $3), $4)
     AND public.earth_distance(public.ll_to_earth($2, $3), public.ll_to_earth(s.lat, s.lng)) <= $4
   ORDER BY c.id, "distanceKm"`;
