import { computeLaw68Position } from '../domain/law68-position.calculator.js';
import { addDays } from '#libs/kernel';
import type { Law68Position } from '../domain/law68-position.types.js';
import type { IsoDate } from '../domain/workforce.types.js';
import type { WorkingStep } from '../domain/working.js';
import { assembleInput } from './position-sources.mapper.js';
import type {
  CountedPlacement,
  DeclaredWorkforce,
  RegisteredConvention,
  SanctionEstimate,
} from './position.types.js';
import { estimateAccruedSanction } from './sanction-accrual.calculator.js';

/** Everything the module knows about one company's obligation. */
export interface CompanyLaw68Data {
  /** Oldest first. */
  declarations: readonly DeclaredWorkforce[];
  conventions: readonly RegisteredConvention[];
  placements: readonly CountedPlacement[];
}

export interface EvaluatedPosition {
  declaration: DeclaredWorkforce;
  position: Law68Position;
  placementsCounted: number;
  programmedHires: number;
}

export interface CompanyEvaluation {
  current: EvaluatedPosition | null;
  sanction: SanctionEstimate;
}

/**
 * The position on `date`: the latest workforce declared on or before it, completed with the
 * conventions and hires in course that day (position-sources.mapper.ts). Null before any declaration.
 */
export function evaluateAt(data: CompanyLaw68Data, date: IsoDate): EvaluatedPosition | null {
  const declaration = data.declarations.filter((d) => d.referenceDate <= date).at(-1);
  if (!declaration) return null;
  const assembled = assembleInput(declaration, data.conventions, data.placements, date);
  const position = computeLaw68Position(assembled.input, { policies: declaration.policies });
  return {
    declaration,
    position: { ...position, working: [...assembled.working, ...position.working] },
    placementsCounted: assembled.placementsCounted,
    programmedHires: assembled.programmedHires,
  };
}

/** The days in [from, to] on which something that feeds the position starts or stops. */
export function changeDates(data: CompanyLaw68Data, from: IsoDate, to: IsoDate): IsoDate[] {
  const dates = new Set<IsoDate>(data.declarations.map((d) => d.referenceDate));
  for (const period of [...data.conventions, ...data.placements]) {
    dates.add(period.startDate);
    if (period.endDate) dates.add(addDays(period.endDate, 1));
  }
  return [...dates].filter((date) => date >= from && date <= to).sort();
}

const sanctionable = (evaluated: EvaluatedPosition | null): number =>
  evaluated ? Math.max(0, evaluated.position.uncoveredDisabled - evaluated.programmedHires) : 0;

/**
 * The current position and the sanction accrued until `asOf`. The timeline is cut at every change;
 * each run of stretches with uncovered positions is an obligation that arose on its first day, and
 * its sanction runs from the day after its 60-day term (counted as the declaration's policies say).
 */
export function evaluateCompany(data: CompanyLaw68Data, asOf: IsoDate): CompanyEvaluation {
  const current = evaluateAt(data, asOf);
  const first = data.declarations[0];
  const none: SanctionEstimate = { since: null, sanctionablePositions: 0, cents: 0, working: [] };
  if (!current || !first) return { current, sanction: none };

  const cuts = changeDates(data, first.referenceDate, asOf);
  const positions = new Map<IsoDate, number>();
  for (const date of cuts) {
    positions.set(
      date,
      date === asOf ? sanctionable(current) : sanctionable(evaluateAt(data, date)),
    );
  }
  const positionsOn = (date: IsoDate) => {
    const cut = cuts.filter((c) => c <= date).at(-1);
    return cut === undefined ? 0 : (positions.get(cut) ?? 0);
  };

  const runs: Array<{ from: IsoDate; to: IsoDate }> = [];
  cuts.forEach((date, index) => {
    const to = index + 1 < cuts.length ? addDays(cuts[index + 1], -1) : asOf;
    if ((positions.get(date) ?? 0) === 0) return;
    const last = runs.at(-1);
    if (last && addDays(last.to, 1) === date) last.to = to;
    else runs.push({ from: date, to });
  });

  let cents = 0;
  let since: IsoDate | null = null;
  const working: WorkingStep[] = [];
  for (const run of runs) {
    const estimate = estimateAccruedSanction({
      obligationDate: run.from,
      asOf: run.to,
      changeDates: cuts.filter((date) => date >= run.from && date <= run.to),
      positionsOn,
      hiringTermStart: current?.declaration.policies.hiringTermStart,
    });
    cents += estimate.cents;
    working.push(...estimate.working);
    if (run.to === asOf) since = estimate.since;
  }
  return {
    current,
    sanction: { since, sanctionablePositions: sanctionable(current), cents, working },
  };
}
