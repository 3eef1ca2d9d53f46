import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly bulletin: its other contents (courses, active policies, Italian courses, useful
 * services), its areas, one edition per area and ISO week, subscribers with their consent record,
 * their tokens (hashes only) and one delivery row per edition and subscriber, the record that makes
 * sending exactly once.
 */
export class Bulletin1764000300000 implements MigrationInterface {
  name = 'Bulletin1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bulletin_areas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 64),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        municipality_codes char(6)[] NOT NULL DEFAULT '{}',
        centre_lat double precision CHECK (centre_lat BETWEEN -90 AND 90),
        centre_lng double precision CHECK (centre_lng BETWEEN -180 AND 180),
        radius_km numeric(5,1) CHECK (radius_km > 0),
        sections text[] NOT NULL,
        auto_send boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((centre_lat IS NULL) = (centre_lng IS NULL) AND (centre_lat IS NULL) = (radius_km IS NULL)),
        CHECK (cardinality(municipality_codes) > 0 OR centre_lat IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX bulletin_areas_org_idx ON bulletin_areas (organisation_id, name)`);

    await q.query(`
      CREATE TABLE bulletin_contents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        kind text NOT NULL CHECK (kind IN ('TRAINING','ACTIVE_POLICY','ITALIAN_COURSE','USEFUL_SERVICE')),
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        provider text NOT NULL,
        municipality_code char(6) REFERENCES municipalities(istat_code),
        place text,
        area_ids uuid[] NOT NULL DEFAULT '{}',
        target text,
        starts_on date,
        ends_on date,
        enrol_by date,
        cefr_level text,
        hours numeric(6,1) CHECK (hours > 0),
        schedule jsonb NOT NULL DEFAULT '[]',
        free boolean,
        url text,
        how_to text,
        contact text,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
        CHECK (kind <> 'ITALIAN_COURSE' OR (cefr_level IS NOT NULL AND hours IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX bulletin_contents_org_kind_idx ON bulletin_contents (organisation_id, kind, starts_on)`,
    );

    await q.query(`
      CREATE TABLE bulletin_editions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        area_id uuid NOT NULL REFERENCES bulletin_areas(id),
        week_key text NOT NULL CHECK (week_key ~ '^[1-9][0-9]{3}-W[0-9]{2}$'),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','APPROVED','SENT')),
        content jsonb NOT NULL,
        composed_at timestamptz NOT NULL,
        new_offers_since timestamptz NOT NULL,
        approved_at timestamptz,
        approved_by_user_id uuid REFERENCES users(id),
        approved_automatically boolean NOT NULL DEFAULT false,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (area_id, week_key)
      )`);
    await q.query(
      `CREATE INDEX bulletin_editions_org_week_idx ON bulletin_editions (organisation_id, week_key DESC)`,
    );

    await q.query(`
      CREATE TABLE bulletin_subscribers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING','ACTIVE','UNSUBSCRIBED','SUSPENDED')),
        area_ids uuid[] NOT NULL DEFAULT '{}',
        sections text[] NOT NULL,
        pending_choice jsonb,
        candidate_id uuid REFERENCES candidates(id) ON DELETE SET NULL,
        consent jsonb,
        confirmation_sequence integer NOT NULL DEFAULT 0,
        confirmation_requested_at timestamptz,
        bounce_count integer NOT NULL DEFAULT 0,
        last_bounce_at timestamptz,
        suspended_at timestamptz,
        unsubscribed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, email)
      )`);
    await q.query(
      `CREATE INDEX bulletin_subscribers_active_idx ON bulletin_subscribers USING gin (area_ids) WHERE status = 'ACTIVE'`,
    );

    // The consent record: every request, confirmation, change and withdrawal, never rewritten.
    await q.query(`
      CREATE TABLE bulletin_consent_events (
        id bigserial PRIMARY KEY,
        subscriber_id uuid NOT NULL REFERENCES bulletin_subscribers(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        event text NOT NULL
          CHECK (event IN ('REQUESTED','CONFIRMED','PREFERENCES_CHANGED','UNSUBSCRIBED','SUSPENDED')),
        method text NOT NULL,
        ip text,
        text_version text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(
      `CREATE INDEX bulletin_consent_events_subscriber_idx ON bulletin_consent_events (subscriber_id, at)`,
    );

    // Only hashes: a database dump cannot confirm or cancel anyone's subscription.
    await q.query(`
      CREATE TABLE bulletin_tokens (
        token_hash text PRIMARY KEY,
        subscriber_id uuid NOT NULL REFERENCES bulletin_subscribers(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('CONFIRM','MANAGE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX bulletin_tokens_subscriber_idx ON bulletin_tokens (subscriber_id)`);

    await q.query(`
      CREATE TABLE bulletin_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        edition_id uuid NOT NULL REFERENCES bulletin_editions(id) ON DELETE CASCADE,
        subscriber_id uuid NOT NULL REFERENCES bulletin_subscribers(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN
          ('QUEUED','SENDING','SENT','BOUNCED','FAILED','UNCERTAIN','SKIPPED')),
        generation integer NOT NULL DEFAULT 0,
        attempts integer NOT NULL DEFAULT 0,
        queued_at timestamptz NOT NULL DEFAULT now(),
        claimed_at timestamptz,
        submitted_at timestamptz,
        finished_at timestamptz,
        smtp_code integer,
        smtp_response text,
        message_id text,
        UNIQUE (edition_id, subscriber_id)
      )`);
    await q.query(
      `CREATE INDEX bulletin_deliveries_pending_idx ON bulletin_deliveries (status, claimed_at) WHERE status IN ('QUEUED','SENDING')`,
    );
    await q.query(
      `CREATE INDEX bulletin_deliveries_subscriber_idx ON bulletin_deliveries (subscriber_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'bulletin_deliveries',
      'bulletin_tokens',
      'bulletin_consent_events',
      'bulletin_subscribers',
      'bulletin_editions',
      'bulletin_contents',
      'bulletin_areas',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
