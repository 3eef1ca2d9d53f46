import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projects (the grants a programme lives on) and what is attached to them, with dates: people in
 * charge (with their personalised plan), companies, courses followed by people, and the network and
 * institutional activities of the project. Placements, soft outcomes and scouting activities are
 * attached through the people and companies: they count for a project when they happen while the
 * person or the company is in it (libs/projects, funder-report.sql.ts).
 */
export class Projects1766000700000 implements MigrationInterface {
  name = 'Projects1766000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        funder text NOT NULL CHECK (length(funder) BETWEEN 1 AND 200),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        territory text NOT NULL DEFAULT '',
        municipality_codes char(6)[] NOT NULL DEFAULT '{}',
        targets jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX projects_org_name_key ON projects (organisation_id, lower(name))`,
    );
    await q.query(`
      CREATE TABLE project_candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        joined_on date NOT NULL,
        left_on date,
        personal_plan_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    await q.query(
      `CREATE INDEX project_candidates_project_idx ON project_candidates (project_id, joined_on)`,
    );
    await q.query(
      `CREATE INDEX project_candidates_candidate_idx ON project_candidates (candidate_id)`,
    );
    await q.query(`
      CREATE TABLE project_companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id),
        joined_on date NOT NULL,
        left_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    await q.query(
      `CREATE INDEX project_companies_project_idx ON project_companies (project_id, joined_on)`,
    );
    await q.query(`
      CREATE TABLE project_courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        kind text NOT NULL CHECK (kind IN ('ITALIAN','DIGITAL')),
        started_on date NOT NULL,
        ended_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX project_courses_project_idx ON project_courses (project_id)`);
    await q.query(`
      CREATE TABLE project_network_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('INSTITUTIONAL_MEETING','ORGANISATION_JOINED')),
        occurred_on date NOT NULL,
        counterpart text NOT NULL CHECK (length(counterpart) BETWEEN 1 AND 200),
        notes text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX project_network_activities_project_idx ON project_network_activities (project_id, occurred_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'project_network_activities',
      'project_courses',
      'project_companies',
      'project_candidates',
      'projects',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
