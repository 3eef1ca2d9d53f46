import { type CsvColumn, writeCsv } from '#libs/law68';
import {
  type BreakdownRow,
  breakdownRows,
  type FigureRow,
  figureRows,
  SUPPRESSED_MARK,
} from './funder-report.rows.js';
import type { FunderReport } from './use-cases/funder-report.use-case.js';

interface CsvRow {
  code: string;
  figure: string;
  dimension: string;
  cell: string;
  value: number | null;
  target: number | null;
  progress: number | null;
}

const shown = (value: number | null) => value ?? SUPPRESSED_MARK;

const COLUMNS: CsvColumn<CsvRow>[] = [
  { header: 'Codice', value: (row) => row.code },
  { header: 'Indicatore', value: (row) => row.figure },
  { header: 'Dimensione', value: (row) => row.dimension },
  { header: 'Voce', value: (row) => row.cell },
  { header: 'Valore', value: (row) => shown(row.value) },
  { header: 'Obiettivo', value: (row) => row.target },
  { header: '% dell’obiettivo', value: (row) => row.progress },
];

const totalRow = (row: FigureRow): CsvRow => ({
  code: row.code,
  figure: row.label,
  dimension: 'Totale',
  cell: '',
  value: row.value,
  target: row.target,
  progress: row.progress,
});

const cellRow = (row: BreakdownRow): CsvRow => ({
  code: row.figureCode,
  figure: row.figure,
  dimension: row.dimension,
  cell: row.cell,
  value: row.value,
  target: null,
  progress: null,
});

/** The report as one CSV (Italian spreadsheet conventions): each figure's total, then its breakdowns. */
export function funderReportCsv(report: FunderReport): string {
  const cells = breakdownRows(report);
  const rows = figureRows(report).flatMap((figure) => [
    totalRow(figure),
    ...cells.filter((cell) => cell.figureCode === figure.code).map(cellRow),
  ]);
  return writeCsv(COLUMNS, rows);
}
