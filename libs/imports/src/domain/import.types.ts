/** What a spreadsheet can bring in: vacancies, companies and a caseload of people. */
export const IMPORT_KINDS = ['vacancies', 'companies', 'people'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = [
  'UPLOADED',
  'QUEUED',
  'RUNNING',
  'CHECKED',
  'DONE',
  'FAILED',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  UPLOADED: 'Caricato: conferma le colonne',
  QUEUED: 'In coda',
  RUNNING: 'In corso',
  CHECKED: 'Prova completata: nulla è stato scritto',
  DONE: 'Importazione completata',
  FAILED: 'Non riuscita',
};

export type ImportMode = 'DRY_RUN' | 'IMPORT';

/** Which column of the file holds each field: field key → header as written in the file. */
export type ColumnMapping = Record<string, string>;

/** One problem of one row, for the person who fixes the file: row, column, what is wrong. */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

/** A cell's value as the file gives it, by field key (only the mapped fields). */
export type RowValues = Record<string, string>;
