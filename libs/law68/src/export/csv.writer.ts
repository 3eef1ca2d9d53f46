/**
 * CSV for the spreadsheets consultants use in Italy: semicolon-separated (the list separator of an
 * Italian Excel), decimal comma, CRLF line ends, UTF-8 with a byte-order mark so accents survive,
 * RFC 4180 quoting. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
 * is prefixed with an apostrophe (OWASP "CSV injection").
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
  /** How numbers are written; the default is the Italian decimal comma without grouping. */
  format?: 'number' | 'euroCents';
}

export const CSV_SEPARATOR = ';';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

export function csvEuroCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}

function cellText<Row>(column: CsvColumn<Row>, row: Row): string {
  const value = column.value(row);
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number') {
    return column.format === 'euroCents' ? csvEuroCents(value) : csvNumber(value);
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function quoteCsv(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: header row, one row per item, each line ended by CRLF. */
export function writeCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const lines = [columns.map((column) => quoteCsv(column.header)).join(CSV_SEPARATOR)];
  for (const row of rows) {
    lines.push(columns.map((column) => quoteCsv(cellText(column, row))).join(CSV_SEPARATOR));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
