import { ROME_TIME_ZONE } from '#libs/kernel';

/**
 * The read-only projection of a funder report: the records it counts, for one organisation ($1),
 * one project ($2, or NULL for the whole organisation) and one period ($3 from, $4 to, inclusive).
 * It joins the owners' tables for this one purpose (architecture.md): candidates, placements and
 * soft outcomes (pathway), companies, scouting activities, bulletin editions, districts (law68).
 *
 * A record counts for a project when it happens while its person (or company) is in the project:
 * a placement started between the person's joining and leaving dates, a soft outcome recorded then,
 * a scouting activity with a company of the project. For the whole organisation every record counts.
 */

const day = (column: string) => `(${column} AT TIME ZONE '${ROME_TIME_ZONE}')::date`;

const PERSON_WINDOWS = `
  windows AS (
    SELECT candidate_id, joined_on AS from_on, coalesce(left_on, 'infinity'::date) AS to_on
      FROM project_candidates WHERE organisation_id = $1 AND project_id = $2::uuid
    UNION ALL
    SELECT id, '-infinity'::date, 'infinity'::date
      FROM candidates WHERE organisation_id = $1 AND $2::uuid IS NULL
  )`;

const COMPANY_WINDOWS = `
  windows AS (
    SELECT company_id, joined_on AS from_on, coalesce(left_on, 'infinity'::date) AS to_on
      FROM project_companies WHERE organisation_id = $1 AND project_id = $2::uuid
    UNION ALL
    SELECT id, '-infinity'::date, 'infinity'::date
      FROM companies WHERE organisation_id = $1 AND $2::uuid IS NULL
  )`;

/** Placements under way at some time in the period ($3..$4), of people in the scope. */
export const REPORT_PLACEMENTS_SQL = `
  WITH ${PERSON_WINDOWS}
  SELECT DISTINCT ON (p.id)
         p.id AS "placementId", p.candidate_id AS "candidateId", p.contract_type AS "contractType",
         p.start_date::text AS "startDate", p.end_date::text AS "endDate", p.km_zero AS "kmZero",
         p.counts_toward_l68 AS "countsTowardL68", co.ateco_code AS "atecoCode", p.company_id AS "companyId"
    FROM placements p
    JOIN windows w ON w.candidate_id = p.candidate_id AND p.start_date BETWEEN w.from_on AND w.to_on
    JOIN companies co ON co.id = p.company_id
   WHERE p.organisation_id = $1 AND p.start_date <= $4::date
     AND (p.end_date IS NULL OR p.end_date >= $3::date)
   ORDER BY p.id`;

export const REPORT_SOFT_OUTCOMES_SQL = `
  WITH ${PERSON_WINDOWS}
  SELECT DISTINCT ON (s.id)
         s.id AS "softOutcomeId", s.candidate_id AS "candidateId", s.kind, s.level,
         ${day('s.recorded_at')}::text AS "recordedOn"
    FROM soft_outcomes s
    JOIN windows w ON w.candidate_id = s.candidate_id
     AND ${day('s.recorded_at')} BETWEEN w.from_on AND w.to_on
   WHERE s.organisation_id = $1 AND ${day('s.recorded_at')} BETWEEN $3::date AND $4::date
   ORDER BY s.id`;

export const REPORT_COURSES_SQL = `
  SELECT id AS "courseId", candidate_id AS "candidateId", kind, started_on::text AS "startedOn"
    FROM project_courses
   WHERE organisation_id = $1 AND ($2::uuid IS NULL OR project_id = $2::uuid)
     AND started_on <= $4::date AND (ended_on IS NULL OR ended_on >= $3::date)
   ORDER BY started_on, id`;

export const REPORT_SCOUTING_SQL = `
  WITH ${COMPANY_WINDOWS}
  SELECT DISTINCT ON (a.id)
         a.id AS "activityId", a.company_id AS "companyId", co.name AS "companyName", a.kind,
         a.occurred_on::text AS "occurredOn"
    FROM scouting_activities a
    JOIN windows w ON w.company_id = a.company_id AND a.occurred_on BETWEEN w.from_on AND w.to_on
    JOIN companies co ON co.id = a.company_id
   WHERE a.organisation_id = $1 AND a.occurred_on BETWEEN $3::date AND $4::date
   ORDER BY a.id`;

export const REPORT_NETWORK_SQL = `
  SELECT id AS "activityId", kind, counterpart, occurred_on::text AS "occurredOn"
    FROM project_network_activities
   WHERE organisation_id = $1 AND ($2::uuid IS NULL OR project_id = $2::uuid)
     AND occurred_on BETWEEN $3::date AND $4::date
   ORDER BY occurred_on, id`;

/** The editions sent to subscribers in the period: $1 organisation, $2 from, $3 to (whatever the scope). */
export const REPORT_BULLETINS_SQL = `
  SELECT e.id AS "editionId", a.name AS "areaName", ${day('e.sent_at')}::text AS "sentOn"
    FROM bulletin_editions e JOIN bulletin_areas a ON a.id = e.area_id
   WHERE e.organisation_id = $1 AND e.status = 'SENT'
     AND ${day('e.sent_at')} BETWEEN $2::date AND $3::date
   ORDER BY e.sent_at, e.id`;

/**
 * The people of the scope: those in charge during the period (in the project; for the organisation,
 * whose record was open then), those with a personalised plan signed in it, and those that other
 * records of the report ($5) are about. Ordinary target groups only: the sealed ones come from the
 * candidates lib. Erased people keep their row (counted), with no name and no sex.
 */
export const REPORT_PEOPLE_SQL = `
  WITH members AS (
    SELECT candidate_id,
           max(personal_plan_on) FILTER (WHERE personal_plan_on BETWEEN $3::date AND $4::date) AS plan,
           bool_or(joined_on <= $4::date AND (left_on IS NULL OR left_on >= $3::date)) AS in_charge
      FROM project_candidates
     WHERE organisation_id = $1 AND ($2::uuid IS NULL OR project_id = $2::uuid)
     GROUP BY candidate_id
  ), people AS (
    SELECT c.id AS "candidateId", c.gender, c.birth_date::text AS "birthDate",
           c.target_groups AS "targetGroups", c.home_municipality_code AS "municipalityCode",
           m.name AS "municipalityName", d.name AS district, c.erased_at IS NOT NULL AS erased,
           CASE WHEN $2::uuid IS NULL
                THEN ${day('c.created_at')} <= $4::date
                     AND (c.archived_at IS NULL OR ${day('c.archived_at')} >= $3::date)
                ELSE coalesce(mb.in_charge, false) END AS "inCharge",
           mb.plan::text AS "personalPlanOn"
      FROM candidates c
      LEFT JOIN members mb ON mb.candidate_id = c.id
      JOIN municipalities m ON m.istat_code = c.home_municipality_code
      LEFT JOIN LATERAL (
        SELECT name FROM districts d
         WHERE d.organisation_id = c.organisation_id
           AND c.home_municipality_code = ANY (d.municipality_codes)
         ORDER BY d.name LIMIT 1) d ON true
     WHERE c.organisation_id = $1
       AND ($2::uuid IS NULL OR mb.candidate_id IS NOT NULL OR c.id = ANY ($5::uuid[]))
  )
  SELECT * FROM people
   WHERE "inCharge" OR "personalPlanOn" IS NOT NULL OR "candidateId" = ANY ($5::uuid[])
   ORDER BY "candidateId"`;

/** $1 organisation, $2 people: what a drill-down list shows of each (erased people: no name). */
export const REPORT_PEOPLE_NAMES_SQL = `
  SELECT id AS "candidateId",
         CASE WHEN erased_at IS NULL THEN first_name || ' ' || last_name END AS name,
         erased_at IS NOT NULL AS erased, assigned_tutor_ids AS "assignedTutorIds"
    FROM candidates WHERE organisation_id = $1 AND id = ANY ($2::uuid[])`;
