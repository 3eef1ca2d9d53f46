import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, the audit log, the gazetteer, the occupation and skill taxonomy, and the core records:
 * candidates (with their special-category data in a table of its own), companies and vacancies.
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const extension of ['pgcrypto', 'unaccent', 'pg_trgm', 'cube', 'earthdistance']) {
      await q.query(`CREATE EXTENSION IF NOT EXISTS ${extension} WITH SCHEMA public`);
    }

    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('CONSORTIUM','COOPERATIVE','AMBITO_SERVICE','OTHER')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin','coordinator','tutor','consultant')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE INDEX users_organisation_idx ON users (organisation_id)`);

    // Append-only: rows hold ids, never names; only the retention job may delete old rows.
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        organisation_id uuid,
        actor_user_id uuid,
        actor_role text,
        action text NOT NULL,
        subject_type text,
        subject_id text,
        ip text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_org_at_idx ON audit_log (organisation_id, at DESC)`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('incrocio.audit_retention', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);

    await q.query(`
      CREATE TABLE municipalities (
        istat_code char(6) PRIMARY KEY,
        name text NOT NULL,
        province_code text NOT NULL,
        province text NOT NULL,
        region text NOT NULL,
        cap text,
        population integer,
        lat double precision NOT NULL,
        lng double precision NOT NULL
      )`);
    await q.query(`CREATE INDEX municipalities_name_idx ON municipalities (lower(name))`);
    await q.query(`CREATE INDEX municipalities_province_idx ON municipalities (province_code)`);

    await q.query(`
      CREATE TABLE taxonomy_concepts (
        kind text NOT NULL CHECK (kind IN ('OCCUPATION','SKILL','TASK')),
        code text NOT NULL,
        system text NOT NULL,
        label text NOT NULL,
        parent_code text,
        PRIMARY KEY (kind, code)
      )`);
    await q.query(`
      CREATE TABLE taxonomy_terms (
        kind text NOT NULL,
        code text NOT NULL,
        term text NOT NULL,
        PRIMARY KEY (kind, code, term),
        FOREIGN KEY (kind, code) REFERENCES taxonomy_concepts (kind, code) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX taxonomy_terms_term_idx ON taxonomy_terms (kind, term)`);

    await q.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        tax_code text,
        birth_date date NOT NULL,
        gender text,
        email text,
        phone text,
        home_municipality_code char(6) NOT NULL REFERENCES municipalities(istat_code),
        home_lat double precision NOT NULL CHECK (home_lat BETWEEN -90 AND 90),
        home_lng double precision NOT NULL CHECK (home_lng BETWEEN -180 AND 180),
        max_travel_km numeric(6,1) NOT NULL CHECK (max_travel_km >= 0),
        italian_level text NOT NULL,
        education text,
        digital_skills text[] NOT NULL DEFAULT '{}',
        availability jsonb,
        driving_licences text[] NOT NULL DEFAULT '{}',
        right_to_work_kind text NOT NULL,
        right_to_work_expires_on date,
        skills jsonb NOT NULL DEFAULT '[]',
        experiences jsonb NOT NULL DEFAULT '[]',
        preferred_occupations text[] NOT NULL DEFAULT '{}',
        preferred_contract_types text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        allowed_area jsonb,
        task_limitations text[] NOT NULL DEFAULT '{}',
        referral jsonb,
        assigned_tutor_ids uuid[] NOT NULL DEFAULT '{}',
        legal_basis text NOT NULL,
        consent jsonb NOT NULL,
        pathway_status text NOT NULL DEFAULT 'IN_CHARGE',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      `CREATE UNIQUE INDEX candidates_tax_code_key ON candidates (organisation_id, tax_code) WHERE tax_code IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX candidates_org_name_idx ON candidates (organisation_id, last_name, first_name)`,
    );
    await q.query(
      `CREATE INDEX candidates_tutors_idx ON candidates USING gin (assigned_tutor_ids)`,
    );

    // Special-category data (GDPR art. 9 and 10): read only through the need-to-know path, audited.
    await q.query(`
      CREATE TABLE candidate_sensitive (
        candidate_id uuid PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        target_groups text[] NOT NULL DEFAULT '{}',
        l68 jsonb,
        l68_eligible_category text CHECK (l68_eligible_category IN ('DISABILITY','ART18')),
        health jsonb,
        justice jsonb,
        asylum jsonb,
        violence jsonb,
        referral jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL,
        vat_number char(11) NOT NULL,
        ateco_code text,
        legal_province_code text,
        headcount integer CHECK (headcount >= 0),
        contacts jsonb NOT NULL DEFAULT '[]',
        km_zero boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (organisation_id, vat_number)
      )`);
    await q.query(`CREATE INDEX companies_org_name_idx ON companies (organisation_id, name)`);

    await q.query(`
      CREATE TABLE company_sites (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL,
        address text NOT NULL,
        municipality_code char(6) NOT NULL REFERENCES municipalities(istat_code),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        legal_seat boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX company_sites_company_idx ON company_sites (company_id)`);

    await q.query(`
      CREATE TABLE vacancies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        site_id uuid NOT NULL REFERENCES company_sites(id),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        occupation_code text,
        occupation_text text,
        required_skills jsonb NOT NULL DEFAULT '[]',
        min_italian_level text NOT NULL,
        shifts jsonb NOT NULL DEFAULT '[]',
        flexible_hours boolean NOT NULL DEFAULT false,
        contract_type text NOT NULL,
        weekly_hours numeric(4,1) CHECK (weekly_hours > 0 AND weekly_hours <= 60),
        positions integer NOT NULL DEFAULT 1 CHECK (positions > 0),
        reserved_l68 text CHECK (reserved_l68 IN ('DISABILITY','ART18')),
        km_zero boolean NOT NULL DEFAULT false,
        adults_only boolean NOT NULL DEFAULT false,
        required_licences text[] NOT NULL DEFAULT '{}',
        tasks text[] NOT NULL DEFAULT '{}',
        source text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        published_at date NOT NULL,
        expires_at date,
        start_date date,
        municipality_code char(6) NOT NULL REFERENCES municipalities(istat_code),
        site_lat double precision NOT NULL,
        site_lng double precision NOT NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (expires_at IS NULL OR expires_at >= published_at)
      )`);
    await q.query(
      `CREATE INDEX vacancies_org_status_idx ON vacancies (organisation_id, status, published_at DESC)`,
    );
    await q.query(`CREATE INDEX vacancies_company_idx ON vacancies (company_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'vacancies',
      'company_sites',
      'companies',
      'candidate_sensitive',
      'candidates',
      'taxonomy_terms',
      'taxonomy_concepts',
      'municipalities',
      'audit_log',
      'users',
      'organisations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
