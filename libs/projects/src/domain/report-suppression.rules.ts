import type { Breakdown, BreakdownCell, CountedFigure } from './funder-report.calculator.js';
import type { Dimension } from './report-dimensions.js';

/**
 * Who reads the report. INTERNAL: the organisation's staff (only special-category cells and
 * figures, such as the Law 68 hires, are suppressed when small). EXTERNAL: what leaves the organisation (the funder's workbook, CSV and printable
 * report): every count of people from 1 to threshold − 1 is suppressed, and so are the cells that
 * would give a small count by difference from a shown total (complementary suppression).
 */
export type ReportAudience = 'INTERNAL' | 'EXTERNAL';

export function suppressedLabel(threshold: number): string {
  return `meno di ${threshold} persone, o ricavabile per differenza: non mostrato`;
}

export interface ShownCell extends Omit<BreakdownCell, 'count'> {
  count: number | null;
  suppressed: boolean;
}

export interface ShownBreakdown extends Omit<Breakdown, 'cells'> {
  cells: ShownCell[];
}

export interface ShownFigure {
  code: CountedFigure['code'];
  label: string;
  value: number | null;
  target: number | null;
  /** value / target, in percent with one decimal; null without a target or a shown value. */
  progress: number | null;
  /** For the women in charge: their share of the people in charge, in percent. */
  share?: number | null;
  suppressed: boolean;
  breakdowns: ShownBreakdown[];
}

/** Breakdowns where every record falls in exactly one cell: a hidden cell could be had by difference. */
const EXCLUSIVE: ReadonlySet<Dimension> = new Set([
  'SEX',
  'AGE_BAND',
  'MUNICIPALITY',
  'DISTRICT',
  'CONTRACT',
  'SECTOR',
  'KM_ZERO',
]);

const isSmall = (count: number, threshold: number) => count > 0 && count < threshold;
const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

function shownBreakdown(
  breakdown: Breakdown,
  hideSmall: (cell: BreakdownCell) => boolean,
  totalShown: boolean,
  threshold: number,
): ShownBreakdown {
  const hidden = new Set(breakdown.cells.filter(hideSmall));
  if (!totalShown) breakdown.cells.forEach((cell) => cell.count > 0 && hidden.add(cell));
  // The shown total minus the shown cells gives the sum of the hidden ones: it must not be small.
  if (EXCLUSIVE.has(breakdown.dimension)) {
    const hiddenSum = () => [...hidden].reduce((sum, cell) => sum + cell.count, 0);
    const candidates = breakdown.cells
      .filter((cell) => !hidden.has(cell) && cell.count > 0)
      .sort((a, b) => a.count - b.count);
    while (isSmall(hiddenSum(), threshold) && candidates.length > 0)
      hidden.add(candidates.shift()!);
  }
  return {
    dimension: breakdown.dimension,
    label: breakdown.label,
    cells: breakdown.cells.map((cell) => ({
      value: cell.value,
      label: cell.label,
      sensitive: cell.sensitive,
      count: hidden.has(cell) ? null : cell.count,
      suppressed: hidden.has(cell),
    })),
  };
}

/** The figures as the audience may see them (no records: the drill-down is a separate, checked read). */
export function suppressFigures(
  figures: readonly CountedFigure[],
  audience: ReportAudience,
  threshold: number,
): ShownFigure[] {
  const inCharge = figures.find((figure) => figure.code === 'PEOPLE_IN_CHARGE');
  return figures.map((figure) => {
    const external = (audience === 'EXTERNAL' && figure.aboutPeople) || figure.sensitive;
    const suppressed = external && isSmall(figure.value, threshold);
    const value = suppressed ? null : figure.value;
    const hideSmall = (cell: BreakdownCell) =>
      (external || cell.sensitive) && isSmall(cell.count, threshold);
    const shown: ShownFigure = {
      code: figure.code,
      label: figure.label,
      value,
      target: figure.target,
      progress: value !== null && figure.target ? percent(value, figure.target) : null,
      suppressed,
      breakdowns: figure.breakdowns.map((breakdown) =>
        shownBreakdown(breakdown, hideSmall, !suppressed, threshold),
      ),
    };
    if (figure.code === 'WOMEN_IN_CHARGE' && inCharge) {
      // The people in charge minus the women must not be a small number either.
      if (external && value !== null && isSmall(inCharge.value - value, threshold)) {
        shown.value = null;
        shown.suppressed = true;
        shown.progress = null;
      }
      shown.share =
        shown.value !== null && inCharge.value ? percent(shown.value, inCharge.value) : null;
    }
    return shown;
  });
}
