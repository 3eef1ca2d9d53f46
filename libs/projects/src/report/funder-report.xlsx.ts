import ExcelJS from 'exceljs';
import {
  BREAKDOWN_HEADINGS,
  breakdownRows,
  FIGURE_HEADINGS,
  figureRows,
  reportSubtitle,
  reportTitle,
  SUPPRESSED_MARK,
  suppressionNote,
} from './funder-report.rows.js';
import type { FunderReport } from './use-cases/funder-report.use-case.js';

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheets' names, for those who read the workbook back. */
export const XLSX_SHEETS = { figures: 'Indicatori', breakdowns: 'Dettaglio' } as const;

const shown = (value: number | null) => value ?? SUPPRESSED_MARK;

/**
 * The report as an Excel workbook: the figures with their targets (title, funder and period above
 * them, the suppression note below), and every breakdown cell on a second sheet.
 */
export async function funderReportXlsx(report: FunderReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Incrocio';
  workbook.created = new Date();

  const figures = workbook.addWorksheet(XLSX_SHEETS.figures);
  figures.addRow([reportTitle(report)]).font = { bold: true, size: 14 };
  figures.addRow([reportSubtitle(report)]);
  figures.addRow([]);
  const header = figures.addRow(Object.values(FIGURE_HEADINGS));
  header.font = { bold: true };
  for (const row of figureRows(report)) {
    figures.addRow([row.code, row.label, shown(row.value), row.target, row.progress, row.share]);
  }
  figures.addRow([]);
  figures.addRow([suppressionNote(report)]).font = { italic: true };
  figures.columns.forEach((column, index) => {
    column.width = [34, 48, 10, 10, 16, 20][index];
  });

  const breakdowns = workbook.addWorksheet(XLSX_SHEETS.breakdowns);
  breakdowns.addRow(Object.values(BREAKDOWN_HEADINGS)).font = { bold: true };
  for (const row of breakdownRows(report)) {
    breakdowns.addRow([row.figureCode, row.figure, row.dimension, row.cell, shown(row.value)]);
  }
  breakdowns.columns.forEach((column, index) => {
    column.width = [34, 48, 26, 48, 10][index];
  });
  breakdowns.views = [{ state: 'frozen', ySplit: 1 }];

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
