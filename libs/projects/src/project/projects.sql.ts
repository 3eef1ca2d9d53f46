/** SQL of the projects tables (owned by libs/projects). Every query carries the organisation. */

const PROJECT_COLUMNS = `
  p.id, p.name, p.funder, p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn",
  p.territory, p.municipality_codes AS "municipalityCodes", p.targets,
  (SELECT count(DISTINCT candidate_id)::int FROM project_candidates pc WHERE pc.project_id = p.id) AS people,
  (SELECT count(DISTINCT company_id)::int FROM project_companies pk WHERE pk.project_id = p.id) AS companies`;

/** $1 organisation, $2 name, $3 funder, $4 starts, $5 ends, $6 territory, $7 municipalities, $8 targets. */
export const INSERT_PROJECT_SQL = `
  INSERT INTO projects (organisation_id, name, funder, starts_on, ends_on, territory, municipality_codes, targets)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (organisation_id, lower(name)) DO NOTHING
  RETURNING id`;

/** $1 organisation, $2 project. */
export const PROJECT_SQL = `SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.organisation_id = $1 AND p.id = $2`;

/** $1 organisation. */
export const PROJECTS_SQL = `
  SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.organisation_id = $1 ORDER BY p.starts_on DESC, p.name`;

/** $1 organisation, $2 project, $3 candidate, $4 joined, $5 left, $6 personal plan. */
export const INSERT_PROJECT_CANDIDATE_SQL = `
  INSERT INTO project_candidates (organisation_id, project_id, candidate_id, joined_on, left_on, personal_plan_on)
  VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`;

/** $1 organisation, $2 project, $3 company, $4 joined, $5 left. */
export const INSERT_PROJECT_COMPANY_SQL = `
  INSERT INTO project_companies (organisation_id, project_id, company_id, joined_on, left_on)
  VALUES ($1, $2, $3, $4, $5) RETURNING id`;

/** $1 organisation, $2 project, $3 candidate, $4 kind, $5 started, $6 ended. */
export const INSERT_PROJECT_COURSE_SQL = `
  INSERT INTO project_courses (organisation_id, project_id, candidate_id, kind, started_on, ended_on)
  VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`;

/** $1 organisation, $2 project, $3 kind, $4 occurred, $5 counterpart, $6 notes, $7 user. */
export const INSERT_NETWORK_ACTIVITY_SQL = `
  INSERT INTO project_network_activities (organisation_id, project_id, kind, occurred_on, counterpart, notes, created_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`;

/** $1 organisation, $2 project: the people of a project with their periods (ids and dates only). */
export const PROJECT_PEOPLE_SQL = `
  SELECT id, candidate_id AS "candidateId", joined_on::text AS "joinedOn", left_on::text AS "leftOn",
         personal_plan_on::text AS "personalPlanOn"
    FROM project_candidates WHERE organisation_id = $1 AND project_id = $2
   ORDER BY joined_on, id`;

/** $1 organisation, $2 candidate: the person's projects and courses, for the GDPR export. */
export const PERSON_PROJECTS_SQL = `
  SELECT p.name AS project, p.funder, pc.joined_on::text AS "joinedOn", pc.left_on::text AS "leftOn",
         pc.personal_plan_on::text AS "personalPlanOn"
    FROM project_candidates pc JOIN projects p ON p.id = pc.project_id
   WHERE pc.organisation_id = $1 AND pc.candidate_id = $2
   ORDER BY pc.joined_on, pc.id`;

/** $1 organisation, $2 candidate. */
export const PERSON_COURSES_SQL = `
  SELECT p.name AS project, c.kind, c.started_on::text AS "startedOn", c.ended_on::text AS "endedOn"
    FROM project_courses c JOIN projects p ON p.id = c.project_id
   WHERE c.organisation_id = $1 AND c.candidate_id = $2
   ORDER BY c.started_on, c.id`;
