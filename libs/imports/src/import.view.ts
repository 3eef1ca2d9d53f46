import type { ImportField } from './domain/import-field.types.js';
import { IMPORT_FIELDS } from './domain/import-kinds.js';
import { IMPORT_STATUS_LABELS, type ColumnMapping } from './domain/import.types.js';
import { suggestMapping } from './domain/column-mapping.rules.js';
import { progressPercent } from './domain/import-progress.rules.js';
import type { ImportRecord } from './imports.repository.js';

/** An import as the API shows it: the columns to confirm, the progress and the counts of the last run. */
export interface ImportView {
  id: string;
  kind: ImportRecord['kind'];
  format: ImportRecord['format'];
  fileName: string | null;
  status: ImportRecord['status'];
  statusLabel: string;
  mode: ImportRecord['mode'];
  headers: string[];
  fields: ImportField[];
  suggestedMapping: ColumnMapping;
  mapping: ColumnMapping | null;
  progress: { bytesRead: number; sizeBytes: number; percent: number };
  rows: { read: number; valid: number; created: number; unchanged: number; rejected: number };
  failure: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export function toImportView(record: ImportRecord): ImportView {
  const fields = [...IMPORT_FIELDS[record.kind]];
  const finished = record.status === 'CHECKED' || record.status === 'DONE';
  return {
    id: record.id,
    kind: record.kind,
    format: record.format,
    fileName: record.fileName,
    status: record.status,
    statusLabel: IMPORT_STATUS_LABELS[record.status],
    mode: record.mode,
    headers: record.headers,
    fields,
    suggestedMapping: suggestMapping(record.headers, fields),
    mapping: record.mapping,
    progress: {
      bytesRead: record.bytesRead,
      sizeBytes: record.sizeBytes,
      percent: progressPercent(
        { rows: record.rowsRead, bytes: record.bytesRead },
        record,
        finished,
      ),
    },
    rows: {
      read: record.rowsRead,
      valid: record.rowsValid,
      created: record.rowsCreated,
      unchanged: record.rowsUnchanged,
      rejected: record.rowsRejected,
    },
    failure: record.failure,
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
  };
}
