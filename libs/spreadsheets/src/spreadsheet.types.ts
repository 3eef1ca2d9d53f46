/** The two file formats of the coordinators' spreadsheets. */
export const SPREADSHEET_FORMATS = ['csv', 'xlsx'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

export const SPREADSHEET_CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type SpreadsheetCell = string | number | boolean | Date | null | undefined;

/** One column of an export: its Italian header and how a row gives its value. */
export interface SpreadsheetColumn<Row> {
  header: string;
  value: (row: Row) => SpreadsheetCell;
}

/** One row read from a file: its number as a spreadsheet shows it (the header is row 1). */
export interface SpreadsheetRow {
  rowNumber: number;
  cells: string[];
}
