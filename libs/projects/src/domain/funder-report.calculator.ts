import {
  type CountedRecord,
  FIGURE_CODES,
  type FigureCode,
  FUNDER_FIGURES,
  indexPeople,
} from './funder-figures.js';
import {
  type Cell,
  cellOrder,
  type Dimension,
  DIMENSIONS,
  isSensitiveCell,
} from './report-dimensions.js';
import type { ReportFacts } from './report-facts.types.js';

export interface BreakdownCell extends Cell {
  count: number;
  /** A special-category target group: shown only as an aggregated, small-cell suppressed count. */
  sensitive: boolean;
}

export interface Breakdown {
  dimension: Dimension;
  label: string;
  cells: BreakdownCell[];
}

/** A figure as counted, before any suppression, with the records it counts. */
export interface CountedFigure {
  code: FigureCode;
  label: string;
  aboutPeople: boolean;
  /** Being counted reveals special-category data (FigureDefinition.sensitive). */
  sensitive: boolean;
  value: number;
  target: number | null;
  records: CountedRecord[];
  breakdowns: Breakdown[];
}

export type Targets = Partial<Record<FigureCode, number>>;

/** One collator for every sort: `localeCompare(…, 'it')` would build one per comparison. */
const ITALIAN = new Intl.Collator('it');

function breakdownOf(dimension: Dimension, records: readonly CountedRecord[]): Breakdown {
  const cells = new Map<string, BreakdownCell>();
  for (const record of records) {
    for (const cell of record.cells[dimension] ?? []) {
      const found = cells.get(cell.value);
      if (found) found.count += 1;
      else
        cells.set(cell.value, {
          ...cell,
          count: 1,
          sensitive: isSensitiveCell(dimension, cell.value),
        });
    }
  }
  const order = cellOrder(dimension);
  const rank = (value: string) => {
    const index = order.indexOf(value);
    return index === -1 ? order.length : index;
  };
  return {
    dimension,
    label: DIMENSIONS[dimension],
    cells: [...cells.values()].sort(
      (a, b) => rank(a.value) - rank(b.value) || ITALIAN.compare(a.label, b.label),
    ),
  };
}

/** Counts every figure of the report from the facts, with the targets beside them. */
export function countFunderReport(facts: ReportFacts, targets: Targets): CountedFigure[] {
  const people = indexPeople(facts);
  return FIGURE_CODES.map((code) => {
    const definition = FUNDER_FIGURES[code];
    const records = definition.count(facts, people);
    return {
      code,
      label: definition.label,
      aboutPeople: definition.aboutPeople,
      sensitive: 'sensitive' in definition && definition.sensitive === true,
      value: records.length,
      target: targets[code] ?? null,
      records,
      breakdowns: definition.dimensions.map((dimension) => breakdownOf(dimension, records)),
    };
  });
}

/** The records a figure counts, or those of one cell of one of its breakdowns. */
export function recordsOfCell(
  figure: CountedFigure,
  cell?: { dimension: Dimension; value: string },
): CountedRecord[] {
  if (!cell) return figure.records;
  return figure.records.filter((record) =>
    (record.cells[cell.dimension] ?? []).some((candidate) => candidate.value === cell.value),
  );
}
