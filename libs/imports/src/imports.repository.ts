import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId, Page } from '#libs/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  ColumnMapping,
  ImportKind,
  ImportMode,
  ImportStatus,
  RowProblem,
} from './domain/import.types.js';
import type { SpreadsheetFormat } from '#libs/spreadsheets';

/** An import as stored: who uploaded what, the confirmed mapping and the counters of the last run. */
export interface ImportRecord {
  id: string;
  organisationId: string;
  createdBy: string;
  createdByRole: string;
  kind: ImportKind;
  format: SpreadsheetFormat;
  fileName: string | null;
  sizeBytes: number;
  headers: string[];
  mapping: ColumnMapping | null;
  mode: ImportMode | null;
  status: ImportStatus;
  bytesRead: number;
  /** The rows of the file, once a run has read it all. */
  rowsTotal: number | null;
  rowsRead: number;
  rowsValid: number;
  rowsCreated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  failure: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface ImportCounters {
  bytesRead: number;
  rowsRead: number;
  rowsValid: number;
  rowsCreated: number;
  rowsUnchanged: number;
  rowsRejected: number;
}

const COLUMNS = `id, organisation_id AS "organisationId", created_by AS "createdBy",
  created_by_role AS "createdByRole", kind, format, file_name AS "fileName",
  size_bytes::float8 AS "sizeBytes", headers, mapping, mode, status, bytes_read::float8 AS "bytesRead", rows_total AS "rowsTotal",
  rows_read AS "rowsRead", rows_valid AS "rowsValid", rows_created AS "rowsCreated",
  rows_unchanged AS "rowsUnchanged", rows_rejected AS "rowsRejected", failure,
  created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

/** The only place the import tables (imports, their file chunks, problems, imported records) are written. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: {
    organisationId: OrganisationId;
    createdBy: string;
    createdByRole: string;
    kind: ImportKind;
    format: SpreadsheetFormat;
    fileName: string | null;
  }): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO imports (organisation_id, created_by, created_by_role, kind, format, file_name)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        input.organisationId,
        input.createdBy,
        input.createdByRole,
        input.kind,
        input.format,
        input.fileName,
      ],
    );
    return row.id;
  }

  async appendChunk(importId: string, seq: number, data: Buffer): Promise<void> {
    await this.db.query(
      `INSERT INTO import_file_chunks (import_id, seq, data) VALUES ($1, $2, $3)`,
      [importId, seq, data],
    );
  }

  async uploaded(importId: string, sizeBytes: number, headers: string[]): Promise<void> {
    await this.db.query(`UPDATE imports SET size_bytes = $2, headers = $3 WHERE id = $1`, [
      importId,
      sizeBytes,
      JSON.stringify(headers),
    ]);
  }

  async remove(importId: string): Promise<void> {
    await this.db.query(`DELETE FROM imports WHERE id = $1`, [importId]);
  }

  /** The file, chunk after chunk, never whole in memory. */
  async *file(importId: string): AsyncIterable<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const [chunk]: Array<{ data: Buffer }> = await this.db.query(
        `SELECT data FROM import_file_chunks WHERE import_id = $1 AND seq = $2`,
        [importId, seq],
      );
      if (!chunk) return;
      yield chunk.data;
    }
  }

  async deleteFile(importId: string): Promise<void> {
    await this.db.query(`DELETE FROM import_file_chunks WHERE import_id = $1`, [importId]);
  }

  async find(organisationId: OrganisationId, importId: string): Promise<ImportRecord | null> {
    const [row] = await this.db.query(
      `SELECT ${COLUMNS} FROM imports WHERE organisation_id = $1 AND id = $2`,
      [organisationId, importId],
    );
    return row ?? null;
  }

  /** The worker's read: the job carries the import's id only. */
  async findById(importId: string): Promise<ImportRecord | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM imports WHERE id = $1`, [importId]);
    return row ?? null;
  }

  /** Queues a check or an import unless one is queued or running; false when it is. */
  async queue(importId: string, mode: ImportMode, mapping: ColumnMapping): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE imports SET mode = $2, mapping = $3, status = 'QUEUED', failure = NULL
        WHERE id = $1 AND status NOT IN ('QUEUED', 'RUNNING') RETURNING id`,
      [importId, mode, JSON.stringify(mapping)],
    );
    return rows.length > 0;
  }

  async start(importId: string): Promise<void> {
    await this.db.query(
      `UPDATE imports SET status = 'RUNNING', started_at = now(), finished_at = NULL, bytes_read = 0,
         rows_read = 0, rows_valid = 0, rows_created = 0, rows_unchanged = 0, rows_rejected = 0
        WHERE id = $1`,
      [importId],
    );
    await this.db.query(`DELETE FROM import_problems WHERE import_id = $1`, [importId]);
  }

  async progress(importId: string, counters: ImportCounters): Promise<void> {
    await this.db.query(
      `UPDATE imports SET bytes_read = $2, rows_read = $3, rows_valid = $4, rows_created = $5,
         rows_unchanged = $6, rows_rejected = $7 WHERE id = $1`,
      [
        importId,
        counters.bytesRead,
        counters.rowsRead,
        counters.rowsValid,
        counters.rowsCreated,
        counters.rowsUnchanged,
        counters.rowsRejected,
      ],
    );
  }

  async finish(
    importId: string,
    status: 'CHECKED' | 'DONE',
    counters: ImportCounters,
  ): Promise<void> {
    await this.progress(importId, counters);
    await this.db.query(
      `UPDATE imports SET status = $2, finished_at = now(), rows_total = rows_read WHERE id = $1`,
      [importId, status],
    );
  }

  async fail(importId: string, failure: string): Promise<void> {
    await this.db.query(
      `UPDATE imports SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`,
      [importId, failure],
    );
  }

  async addProblems(importId: string, problems: readonly RowProblem[]): Promise<void> {
    if (problems.length === 0) return;
    await this.db.query(
      `INSERT INTO import_problems (import_id, row_number, column_name, message)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
      [
        importId,
        problems.map((problem) => problem.row),
        problems.map((problem) => problem.column),
        problems.map((problem) => problem.message),
      ],
    );
  }

  async problems(importId: string, page: number, pageSize: number): Promise<Page<RowProblem>> {
    const [items, [count]] = await Promise.all([
      this.db.query(
        `SELECT row_number AS row, column_name AS column, message FROM import_problems
          WHERE import_id = $1 ORDER BY row_number, id LIMIT $2 OFFSET $3`,
        [importId, pageSize, (page - 1) * pageSize],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM import_problems WHERE import_id = $1`, [
        importId,
      ]),
    ]);
    return { items, page, pageSize, total: count.total };
  }

  /** Which of the source ids were already imported, and as which record. */
  async importedRecords(
    organisationId: string,
    kind: ImportKind,
    sourceIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (sourceIds.length === 0) return new Map();
    const rows: Array<{ sourceId: string; recordId: string }> = await this.db.query(
      `SELECT source_id AS "sourceId", record_id AS "recordId" FROM imported_records
        WHERE organisation_id = $1 AND kind = $2 AND source_id = ANY($3::text[])`,
      [organisationId, kind, sourceIds],
    );
    return new Map(rows.map((row) => [row.sourceId, row.recordId]));
  }

  async recordImported(
    organisationId: string,
    kind: ImportKind,
    sourceId: string,
    recordId: string,
    importId: string,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO imported_records (organisation_id, kind, source_id, record_id, import_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [organisationId, kind, sourceId, recordId, importId],
    );
  }

  /** Which source ids a person was imported from (the GDPR export). */
  personSources(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<Array<{ sourceId: string; importedAt: Date }>> {
    return manager.query(
      `SELECT source_id AS "sourceId", created_at AS "importedAt" FROM imported_records
        WHERE organisation_id = $1 AND kind = 'people' AND record_id = $2 ORDER BY created_at`,
      [organisationId, candidateId],
    );
  }

  /** Forgets where an erased person came from: a source id may be their fiscal code. */
  async erasePersonSources(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM imported_records WHERE organisation_id = $1 AND kind = 'people' AND record_id = $2`,
      [organisationId, candidateId],
    );
  }
}
