import { formatItalianDate } from '#libs/kernel';
import type { FunderReport } from './use-cases/funder-report.use-case.js';

/** The report as flat rows with Italian headings, shared by the workbook, the CSV and the print. */

export interface FigureRow {
  code: string;
  label: string;
  value: number | null;
  target: number | null;
  progress: number | null;
  share: number | null;
}

export interface BreakdownRow {
  figureCode: string;
  figure: string;
  dimension: string;
  cell: string;
  value: number | null;
}

export const FIGURE_HEADINGS = {
  code: 'Codice',
  label: 'Indicatore',
  value: 'Valore',
  target: 'Obiettivo',
  progress: '% dell’obiettivo',
  share: 'Quota sul totale (%)',
} as const;

export const BREAKDOWN_HEADINGS = {
  figureCode: 'Codice',
  figure: 'Indicatore',
  dimension: 'Dimensione',
  cell: 'Voce',
  value: 'Valore',
} as const;

/** What stands in the outputs for a suppressed value. */
export const SUPPRESSED_MARK = 'n.d.';

export function figureRows(report: FunderReport): FigureRow[] {
  return report.figures.map((figure) => ({
    code: figure.code,
    label: figure.label,
    value: figure.value,
    target: figure.target,
    progress: figure.progress,
    share: figure.share ?? null,
  }));
}

export function breakdownRows(report: FunderReport): BreakdownRow[] {
  return report.figures.flatMap((figure) =>
    figure.breakdowns.flatMap((breakdown) =>
      breakdown.cells.map((cell) => ({
        figureCode: figure.code,
        figure: figure.label,
        dimension: breakdown.label,
        cell: cell.label,
        value: cell.count,
      })),
    ),
  );
}

export function reportTitle(report: FunderReport): string {
  return `Rendicontazione – ${report.scope.name}`;
}

export function reportSubtitle(report: FunderReport): string {
  const period = `dal ${formatItalianDate(report.period.from)} al ${formatItalianDate(report.period.to)}`;
  return report.scope.funder ? `${report.scope.funder}, ${period}` : period;
}

export function suppressionNote(report: FunderReport): string {
  return `${SUPPRESSED_MARK}: ${report.suppressedLabel} (soglia ${report.smallCellThreshold}).`;
}
