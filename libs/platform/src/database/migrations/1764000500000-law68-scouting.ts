import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIGURES = `
  band text NOT NULL CHECK (band IN ('NOT_OBLIGED','C','B','A')),
  b3 integer NOT NULL CHECK (b3 >= 0),
  q3 integer NOT NULL CHECK (q3 >= 0),
  q18 integer NOT NULL CHECK (q18 >= 0),
  coverage integer NOT NULL CHECK (coverage >= 0),
  exempted integer NOT NULL CHECK (exempted >= 0),
  suspended integer NOT NULL CHECK (suspended >= 0),
  uncovered_disabled integer NOT NULL CHECK (uncovered_disabled >= 0),
  uncovered_art18 integer NOT NULL CHECK (uncovered_art18 >= 0)`;

/**
 * The Law 68 module and company scouting: declared workforces and their computed positions (with
 * the history of every change), conventions, job-centre districts, scouting activities and the
 * pipeline of each company; GiST indexes for the distance joins of the priority list.
 */
export class Law68Scouting1764000500000 implements MigrationInterface {
  name = 'Law68Scouting1764000500000';

  async up(q: QueryRunner): Promise<void> {
    // One declared workforce per company and reference date; re-declaring bumps the version and the
    // previous input stays in law68_position_history.
    await q.query(`
      CREATE TABLE law68_declarations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        reference_date date NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        input jsonb NOT NULL,
        policies jsonb NOT NULL DEFAULT '{}',
        position jsonb NOT NULL,
        ${FIGURES},
        computed_at timestamptz NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (company_id, reference_date)
      )`);
    await q.query(
      `CREATE INDEX law68_declarations_org_date_idx ON law68_declarations (organisation_id, reference_date)`,
    );

    await q.query(`
      CREATE TABLE law68_conventions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        type text NOT NULL CHECK (type IN ('ART11','ART12BIS','ART14')),
        province_code text NOT NULL CHECK (province_code ~ '^[A-Z]{2}$'),
        cooperative_name text,
        cooperative_vat_number char(11) CHECK (cooperative_vat_number ~ '^[0-9]{11}$'),
        positions integer NOT NULL CHECK (positions > 0),
        framework_max_positions integer CHECK (framework_max_positions >= 0),
        start_date date NOT NULL,
        end_date date,
        reference text,
        notes text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (type <> 'ART14' OR framework_max_positions IS NOT NULL),
        CHECK (type = 'ART11' OR cooperative_name IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX law68_conventions_company_idx ON law68_conventions (company_id, start_date)`,
    );

    // The current position of each company (as of the day it was last computed), kept fresh by the
    // module; the territory view and the priority list read its figures.
    await q.query(`
      CREATE TABLE law68_positions (
        company_id uuid PRIMARY KEY REFERENCES companies(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        declaration_id uuid NOT NULL REFERENCES law68_declarations(id),
        as_of date NOT NULL,
        position jsonb NOT NULL,
        ${FIGURES},
        placements_counted integer NOT NULL DEFAULT 0,
        programmed_hires integer NOT NULL DEFAULT 0,
        sanction_since date,
        sanctionable_positions integer NOT NULL DEFAULT 0,
        accrued_sanction_cents bigint NOT NULL DEFAULT 0,
        computed_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      `CREATE INDEX law68_positions_uncovered_idx ON law68_positions (organisation_id)
        WHERE uncovered_disabled > 0 OR uncovered_art18 > 0`,
    );

    await q.query(`
      CREATE TABLE law68_position_history (
        id bigserial PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        version integer NOT NULL,
        reason text NOT NULL CHECK (reason IN ('DECLARATION','CONVENTION','PLACEMENT','DATE')),
        declaration_id uuid NOT NULL REFERENCES law68_declarations(id),
        declaration_version integer NOT NULL,
        reference_date date NOT NULL,
        as_of date NOT NULL,
        input jsonb NOT NULL,
        position jsonb NOT NULL,
        ${FIGURES},
        placements_counted integer NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid REFERENCES users(id),
        UNIQUE (company_id, version)
      )`);

    // Job-centre districts (CPI): no official mapping exists in the repository, each organisation
    // keeps its own list of municipalities per district.
    await q.query(`
      CREATE TABLE districts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        municipality_codes char(6)[] NOT NULL CHECK (cardinality(municipality_codes) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX districts_org_name_key ON districts (organisation_id, lower(name))`,
    );

    await q.query(`
      CREATE TABLE scouting_companies (
        company_id uuid PRIMARY KEY REFERENCES companies(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        stage text NOT NULL CHECK (stage IN
          ('TO_CONTACT','CONTACTED','CONSULTANCY','AGREEMENT','HIRING','OBLIGATION_MET')),
        consultant_id uuid REFERENCES users(id),
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX scouting_companies_org_stage_idx ON scouting_companies (organisation_id, stage)`,
    );
    await q.query(`
      CREATE TABLE scouting_stage_changes (
        id bigserial PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        from_stage text,
        to_stage text NOT NULL,
        note text,
        changed_by uuid NOT NULL REFERENCES users(id),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX scouting_stage_changes_company_idx ON scouting_stage_changes (company_id, id)`,
    );

    await q.query(`
      CREATE TABLE scouting_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        consultant_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('CALL','VISIT','CONSULTANCY','EMAIL','MEETING')),
        topic text NOT NULL CHECK (topic IN
          ('L68_RULES','PROCESSES','TOOLS','INTERNSHIP','HIRING','CONVENTION','KM_ZERO','OTHER')),
        occurred_on date NOT NULL,
        notes text NOT NULL DEFAULT '',
        next_action text,
        next_action_due date,
        next_action_done_at timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((next_action IS NULL) = (next_action_due IS NULL)),
        CHECK (next_action_done_at IS NULL OR next_action IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX scouting_activities_company_idx ON scouting_activities (company_id, occurred_on DESC)`,
    );
    await q.query(
      `CREATE INDEX scouting_activities_next_idx ON scouting_activities (organisation_id, consultant_id, next_action_due)
        WHERE next_action_due IS NOT NULL AND next_action_done_at IS NULL`,
    );

    // Sites near a point (km-zero map) and near candidates (the priority list, which probes the
    // candidates' reach boxes of the matching migration from each site).
    await q.query(
      `CREATE INDEX company_sites_earth_idx ON company_sites USING gist (public.ll_to_earth(lat, lng))`,
    );
    // The pool of the priority list: people registered in the collocamento mirato list.
    await q.query(
      `CREATE INDEX candidate_sensitive_l68_idx ON candidate_sensitive (organisation_id, l68_eligible_category)
        WHERE l68_eligible_category IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidate_sensitive_l68_idx`);
    await q.query(`DROP INDEX company_sites_earth_idx`);
    for (const table of [
      'scouting_activities',
      'scouting_stage_changes',
      'scouting_companies',
      'districts',
      'law68_position_history',
      'law68_positions',
      'law68_conventions',
      'law68_declarations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
