import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spreadsheet imports (libs/imports). The uploaded file is kept in PostgreSQL as chunks of about a
 * megabyte, so that the worker reads it wherever it runs (no shared volume between the API and the
 * worker) and it is deleted with its import; the problems of the last check or run, row by row; and
 * which record each source id became, so that importing the same file again creates nothing.
 */
export class Imports1766000800000 implements MigrationInterface {
  name = 'Imports1766000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      created_by uuid NOT NULL,
      created_by_role text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('vacancies', 'companies', 'people')),
      format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
      file_name text,
      size_bytes bigint NOT NULL DEFAULT 0,
      headers jsonb NOT NULL DEFAULT '[]',
      mapping jsonb,
      mode text CHECK (mode IN ('DRY_RUN', 'IMPORT')),
      status text NOT NULL DEFAULT 'UPLOADED'
        CHECK (status IN ('UPLOADED', 'QUEUED', 'RUNNING', 'CHECKED', 'DONE', 'FAILED')),
      bytes_read bigint NOT NULL DEFAULT 0,
      rows_total integer,
      rows_read integer NOT NULL DEFAULT 0,
      rows_valid integer NOT NULL DEFAULT 0,
      rows_created integer NOT NULL DEFAULT 0,
      rows_unchanged integer NOT NULL DEFAULT 0,
      rows_rejected integer NOT NULL DEFAULT 0,
      failure text,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz
    )`);
    await q.query(
      `CREATE INDEX imports_organisation_idx ON imports (organisation_id, created_at DESC)`,
    );
    await q.query(`CREATE TABLE import_file_chunks (
      import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
      seq integer NOT NULL,
      data bytea NOT NULL,
      PRIMARY KEY (import_id, seq)
    )`);
    await q.query(`CREATE TABLE import_problems (
      import_id uuid NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
      id bigserial,
      row_number integer NOT NULL,
      column_name text NOT NULL,
      message text NOT NULL,
      PRIMARY KEY (import_id, id)
    )`);
    await q.query(`CREATE TABLE imported_records (
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      kind text NOT NULL,
      source_id text NOT NULL,
      record_id uuid NOT NULL,
      import_id uuid REFERENCES imports(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (organisation_id, kind, source_id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imported_records`);
    await q.query(`DROP TABLE import_problems`);
    await q.query(`DROP TABLE import_file_chunks`);
    await q.query(`DROP TABLE imports`);
  }
}
