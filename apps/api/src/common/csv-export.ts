import type { AuditService } from '#libs/audit';
import { CSV_CONTENT_TYPE, type CsvColumn, writeCsv } from '#libs/law68';
import type { Actor } from '#libs/platform';
import type { Response } from 'express';

/** CSV when asked by `?format=csv` or by an Accept header that prefers text/csv. */
export function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv';
  return /(^|,)\s*text\/csv/i.test(accept ?? '');
}

/** Sets the headers of a downloaded CSV file; the body is returned by the handler. */
export function csvHeaders(response: Response, filename: string, contentType: string): void {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  response.setHeader('Cache-Control', 'no-store');
}

/** What an area export writes: its file, its audit subject and its rows. */
export interface AreaCsvExport<Row> {
  /** The audit subject type and, with dashes, the export's name (`law68_territory`). */
  subjectType: string;
  filename: string;
  area: { kind: string; code?: string | null };
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
}

/**
 * Answers the rows of an area as a CSV file, after recording the export in the audit log (the
 * subject is the area, or the organisation when the area is all of it).
 */
export async function sendAreaCsv<Row>(
  audit: AuditService,
  actor: Actor,
  response: Response,
  csv: AreaCsvExport<Row>,
): Promise<string> {
  await audit.record({
    action: 'DATA_EXPORTED',
    actor,
    subjectType: csv.subjectType,
    subjectId: csv.area.code ?? actor.organisationId,
    details: {
      export: csv.subjectType.replaceAll('_', '-'),
      format: 'csv',
      area: csv.area.kind,
      rows: csv.rows.length,
    },
  });
  csvHeaders(response, csv.filename, CSV_CONTENT_TYPE);
  return writeCsv(csv.columns, csv.rows);
}
