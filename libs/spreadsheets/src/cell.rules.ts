import type { SpreadsheetCell } from './spreadsheet.types.js';

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes text that a spreadsheet would read as a formula with an apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell as written to a file: text neutralised, dates as ISO text (calendar dates stay as they
 * are), booleans as sì/no, numbers as numbers, nothing as empty.
 */
export function exportCell(value: SpreadsheetCell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (value instanceof Date) return value.toISOString();
  return neutraliseFormula(value);
}
