import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Matching (issue 4): pre-filter columns computed on write, stored matches, the pathway after a match
 * (proposals and their log, placements, soft outcomes).
 *
 * The pre-filter columns are STORED generated columns, so every writer (the API, bulk loads of the
 * demo generator, a restore) fills them without knowing about them:
 * - a week as 2016 five-minute slots (bit(2016)); a slot is set when any minute of a window falls in
 *   it. Rounding both availability and shifts outwards keeps the filter conservative: a shift the
 *   core accepts never has a slot outside the availability, so `(shifts & ~availability) = 0` never
 *   drops a good pair; the core then decides on the exact minutes.
 * - earthdistance cubes of home and site, and each candidate's reach (a box around home of the
 *   travel radius, 0.5 % wider because earthdistance's sphere is not the core's) in GiST indexes.
 * - CEFR levels as ranks.
 * The indexed cubes carry the organisation as a fourth coordinate, far apart for each one, so one
 * GiST scan finds only the organisation's rows instead of every neighbour's in a crowded area.
 */
const WEEK_SLOTS = `
  CREATE FUNCTION match_week_slots(windows jsonb) RETURNS bit(2016)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    WITH w AS (
      SELECT ((x->>'day')::int - 1) * 1440 AS day_start,
             split_part(x->>'start', ':', 1)::int * 60 + split_part(x->>'start', ':', 2)::int AS s,
             split_part(x->>'end', ':', 1)::int * 60 + split_part(x->>'end', ':', 2)::int AS e,
             x->>'end' AS end_text
        FROM jsonb_array_elements(
               CASE WHEN jsonb_typeof(windows) = 'array' THEN windows ELSE '[]'::jsonb END) AS x
    ), intervals AS (
      SELECT day_start + s AS f, day_start + CASE WHEN e <= s THEN e + 1440 ELSE e END AS t
        FROM w WHERE NOT (s = e AND end_text <> '24:00')
    ), pieces AS (
      SELECT f, least(t, 10080) AS t FROM intervals
      UNION ALL
      SELECT 0, t - 10080 FROM intervals WHERE t > 10080
    )
    SELECT CASE WHEN windows IS NULL OR jsonb_typeof(windows) <> 'array' THEN NULL ELSE coalesce(
      (SELECT bit_or((repeat('0', f / 5) || repeat('1', (t + 4) / 5 - f / 5)
                      || repeat('0', 2016 - (t + 4) / 5))::bit(2016))
         FROM pieces WHERE t > f),
      repeat('0', 2016)::bit(2016)) END
  $fn$`;

const CEFR_RANK = `
  CREATE FUNCTION match_cefr_rank(level text) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT (array_position(ARRAY['ALFA','PRE_A1','A1','A2','B1','B2','C1','C2']::text[], level) - 1)::smallint
  $fn$`;

const ORG_KEY = `
  CREATE FUNCTION match_org_key(organisation uuid) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT ('x' || substr(md5(organisation::text), 1, 8))::bit(32)::int::float8 * 1e8
  $fn$`;

const PROPOSAL_STATES = `'PROPOSED','SENT_TO_COMPANY','INTERVIEW','INTERNSHIP_STARTED','HIRED','DECLINED_BY_COMPANY','WITHDRAWN_BY_CANDIDATE','EXPIRED'`;
const ACTIVE_STATES = `'PROPOSED','SENT_TO_COMPANY','INTERVIEW','INTERNSHIP_STARTED'`;

export class Matching1764000400000 implements MigrationInterface {
  name = 'Matching1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(WEEK_SLOTS);
    await q.query(CEFR_RANK);
    await q.query(ORG_KEY);
    await q.query(`
      ALTER TABLE candidates
        ADD COLUMN match_home cube GENERATED ALWAYS AS (ll_to_earth(home_lat, home_lng)) STORED,
        ADD COLUMN match_reach cube GENERATED ALWAYS AS (cube(
          earth_box(ll_to_earth(home_lat, home_lng), max_travel_km::float8 * 1005 + 50),
          match_org_key(organisation_id))) STORED,
        ADD COLUMN match_availability bit(2016) GENERATED ALWAYS AS (match_week_slots(availability)) STORED,
        ADD COLUMN match_italian_rank smallint GENERATED ALWAYS AS (match_cefr_rank(italian_level)) STORED`);
    await q.query(`CREATE INDEX candidates_match_reach_idx ON candidates USING gist (match_reach)
                    WHERE archived_at IS NULL AND erased_at IS NULL`);
    await q.query(`
      ALTER TABLE vacancies
        ADD COLUMN match_site cube GENERATED ALWAYS AS (ll_to_earth(site_lat, site_lng)) STORED,
        ADD COLUMN match_site_key cube GENERATED ALWAYS AS
          (cube(ll_to_earth(site_lat, site_lng)::cube, match_org_key(organisation_id))) STORED,
        ADD COLUMN match_shifts bit(2016) GENERATED ALWAYS AS (match_week_slots(shifts)) STORED,
        ADD COLUMN match_min_italian_rank smallint GENERATED ALWAYS AS (match_cefr_rank(min_italian_level)) STORED`);
    await q.query(`CREATE INDEX vacancies_match_site_idx ON vacancies USING gist (match_site_key)
                    WHERE status = 'OPEN' AND archived_at IS NULL`);

    await q.query(`
      CREATE TABLE matches (
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        vacancy_id uuid NOT NULL REFERENCES vacancies(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL,
        score numeric(5,2) NOT NULL,
        factors jsonb NOT NULL,
        for_candidate boolean NOT NULL DEFAULT false,
        for_vacancy boolean NOT NULL DEFAULT false,
        distance_km numeric(7,2) NOT NULL,
        contract_type text NOT NULL,
        km_zero boolean NOT NULL,
        reserved_l68 text NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (candidate_id, vacancy_id)
      )`);
    await q.query(
      `CREATE INDEX matches_for_candidate_idx ON matches (candidate_id, score DESC) WHERE for_candidate`,
    );
    await q.query(
      `CREATE INDEX matches_for_vacancy_idx ON matches (vacancy_id, score DESC) WHERE for_vacancy`,
    );
    await q.query(`
      CREATE TABLE match_subjects (
        subject_type text NOT NULL CHECK (subject_type IN ('candidate','vacancy')),
        subject_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        requested_at timestamptz NULL,
        computed_at timestamptz NULL,
        computations integer NOT NULL DEFAULT 0,
        PRIMARY KEY (subject_type, subject_id)
      )`);
    await q.query(
      `CREATE INDEX match_subjects_pending_idx ON match_subjects (requested_at) WHERE requested_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX match_subjects_computed_idx ON match_subjects (computed_at)`);
    await q.query(`
      CREATE TABLE match_visits (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('candidate','vacancy')),
        subject_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        last_seen_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, subject_type, subject_id)
      )`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        vacancy_id uuid NOT NULL REFERENCES vacancies(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        state text NOT NULL CHECK (state IN (${PROPOSAL_STATES})),
        decline_reason text NULL,
        score numeric(5,2) NULL,
        note text NULL,
        expires_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX proposals_one_active_idx ON proposals (candidate_id, vacancy_id)
                    WHERE state IN (${ACTIVE_STATES})`);
    await q.query(`CREATE INDEX proposals_vacancy_idx ON proposals (vacancy_id, created_at)`);
    await q.query(`CREATE INDEX proposals_candidate_idx ON proposals (candidate_id, created_at)`);
    await q.query(
      `CREATE INDEX proposals_expiry_idx ON proposals (expires_at) WHERE expires_at IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE proposal_events (
        id bigserial PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        organisation_id uuid NOT NULL,
        actor_id uuid NULL REFERENCES users(id),
        from_state text NULL,
        to_state text NOT NULL,
        reason text NULL,
        note text NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX proposal_events_proposal_idx ON proposal_events (proposal_id, id)`);
    // The log is history: only the erasure of a person may clear its free text (and nothing else).
    await q.query(`
      CREATE FUNCTION proposal_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('incrocio.erasure', true) = 'on'
           AND NEW.note IS NULL AND NEW.id = OLD.id AND NEW.to_state = OLD.to_state
           AND NEW.at = OLD.at AND NEW.proposal_id = OLD.proposal_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'proposal_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER proposal_events_append_only BEFORE UPDATE OR DELETE ON proposal_events
                    FOR EACH ROW EXECUTE FUNCTION proposal_events_append_only()`);
    await q.query(`
      CREATE TABLE placements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        vacancy_id uuid NULL REFERENCES vacancies(id),
        proposal_id uuid NULL REFERENCES proposals(id),
        contract_type text NOT NULL,
        weekly_hours numeric(4,1) NULL,
        full_time_hours numeric(4,1) NULL,
        start_date date NOT NULL,
        end_date date NULL,
        km_zero boolean NOT NULL,
        counts_toward_l68 boolean NOT NULL,
        l68_category text NULL CHECK (l68_category IN ('DISABILITY','ART18')),
        internship jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES users(id),
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX placements_candidate_idx ON placements (candidate_id)`);
    await q.query(`CREATE INDEX placements_company_idx ON placements (company_id, start_date)`);
    await q.query(
      `CREATE INDEX placements_organisation_idx ON placements (organisation_id, start_date)`,
    );
    await q.query(`
      CREATE TABLE soft_outcomes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        kind text NOT NULL CHECK (kind IN ('EDUCATIONAL_GOALS','PROFESSIONAL_GROWTH','JOB_SEARCH_ACTIVATION','FUTURE_ORIENTATION')),
        level smallint NULL CHECK (level BETWEEN 1 AND 4),
        notes text NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid NOT NULL REFERENCES users(id)
      )`);
    await q.query(
      `CREATE INDEX soft_outcomes_candidate_idx ON soft_outcomes (candidate_id, recorded_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE soft_outcomes`);
    await q.query(`DROP TABLE placements`);
    await q.query(`DROP TABLE proposal_events`);
    await q.query(`DROP FUNCTION proposal_events_append_only()`);
    await q.query(`DROP TABLE proposals`);
    await q.query(`DROP TABLE match_visits`);
    await q.query(`DROP TABLE match_subjects`);
    await q.query(`DROP TABLE matches`);
    await q.query(`ALTER TABLE vacancies DROP COLUMN match_site, DROP COLUMN match_site_key, DROP COLUMN match_shifts,
                     DROP COLUMN match_min_italian_rank`);
    await q.query(`ALTER TABLE candidates DROP COLUMN match_home, DROP COLUMN match_reach,
                     DROP COLUMN match_availability, DROP COLUMN match_italian_rank`);
    await q.query(`DROP FUNCTION match_org_key(uuid)`);
    await q.query(`DROP FUNCTION match_cefr_rank(text)`);
    await q.query(`DROP FUNCTION match_week_slots(jsonb)`);
  }
}
