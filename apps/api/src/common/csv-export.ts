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
