import { computeUncoveredSanction, hiringDeadline } from '../domain/amounts.calculator.js';
import { addDays } from '#libs/kernel';
import {
  DEFAULT_LAW68_PARAMETERS,
  findParameterAt,
  type Law68Parameters,
} from '../domain/law68-parameters.js';
import { DEFAULT_LAW68_POLICIES, type Law68Policies } from '../domain/law68-policies.js';
import type { IsoDate } from '../domain/workforce.types.js';
import { formatDate, formatEuro, type WorkingStep } from '../domain/working.js';
import type { SanctionEstimate } from './position.types.js';
import { countWorkingDays } from './working-days.calculator.js';

export interface SanctionTimeline {
  /** When the obligation arose, as far as the module knows: the first declaration still uncovered. */
  obligationDate: IsoDate;
  asOf: IsoDate;
  /** Days on which the position may change: declarations, conventions and hires starting or ending. */
  changeDates: readonly IsoDate[];
  /** Uncovered disability positions on a date, less the hires an art. 11 programme defers. */
  positionsOn(date: IsoDate): number;
  parameters?: Law68Parameters;
  /** How the 60 days are counted; the public administration's reading by default. */
  hiringTermStart?: Law68Policies['hiringTermStart'];
}

const ARTICLE = 'art. 15 c.4 L. 68/1999; art. 9 c.1 L. 68/1999';

const TERM_COUNT: Record<Law68Policies['hiringTermStart'], string> = {
  OBLIGATION_DAY:
    "si contano dal giorno in cui sorge l'obbligo, come fa l'amministrazione (ANPAL),",
  DAY_AFTER_OBLIGATION:
    "si contano dal giorno dopo quello in cui sorge l'obbligo (computo civilistico, art. 2963 c.c.)",
};

/**
 * The art. 15 c.4 sanction accrued until `asOf`: from the day after the 60-day term, each
 * working day of each uncovered position at the amount in force that day. The timeline is cut at
 * every change of the position and of the amount, so each stretch has one figure and one rate.
 */
export function estimateAccruedSanction(timeline: SanctionTimeline): SanctionEstimate {
  const parameters = timeline.parameters ?? DEFAULT_LAW68_PARAMETERS;
  const { asOf } = timeline;
  const firstRate = parameters.uncoveredSanctionCents[0]?.from ?? asOf;
  const termStart = timeline.hiringTermStart ?? DEFAULT_LAW68_POLICIES.hiringTermStart;
  const deadline = hiringDeadline(timeline.obligationDate, termStart);
  const since = addDays(deadline, 1);
  const start = since < firstRate ? firstRate : since;
  const working: WorkingStep[] = [
    {
      step: 'sanction.since',
      article: ARTICLE,
      description: `Obbligo scoperto dal ${formatDate(timeline.obligationDate)} (prima dichiarazione con scoperture): i 60 giorni per chiedere l'assunzione ${TERM_COUNT[termStart]} e scadono il ${formatDate(deadline)}; la sanzione giornaliera decorre dal ${formatDate(since)}${start !== since ? `; gli importi disponibili partono dal ${formatDate(start)}` : ''}. Stima su giorni lavorativi dal lunedì al venerdì, festività nazionali escluse`,
      value: formatDate(since),
    },
  ];
  if (start > asOf) {
    return { since, sanctionablePositions: timeline.positionsOn(asOf), cents: 0, working };
  }

  const rateDates = parameters.uncoveredSanctionCents.map((entry) => entry.from);
  const cuts = [...new Set([start, ...timeline.changeDates, ...rateDates])]
    .filter((date) => date >= start && date <= asOf)
    .sort();
  let cents = 0;
  let positions = 0;
  cuts.forEach((from, index) => {
    const to = index + 1 < cuts.length ? addDays(cuts[index + 1], -1) : asOf;
    positions = timeline.positionsOn(from);
    const days = countWorkingDays(from, to);
    if (positions === 0 || days === 0) return;
    const amount = computeUncoveredSanction(
      { uncoveredPositions: positions, workingDays: days, date: from },
      parameters,
    );
    cents += amount.cents;
    for (const step of amount.working) {
      working.push({
        ...step,
        description: `Dal ${formatDate(from)} al ${formatDate(to)}: ${step.description}`,
      });
    }
  });
  working.push({
    step: 'sanction.total',
    article: ARTICLE,
    description: `Sanzione maturata al ${formatDate(asOf)}, prima di un'eventuale diffida (art. 15 c.4-bis)`,
    value: formatEuro(cents),
  });
  return { since, sanctionablePositions: positions, cents, working };
}

export interface StoredSanction {
  asOf: IsoDate;
  since: IsoDate | null;
  sanctionablePositions: number;
  accruedCents: number;
}

/**
 * A stored estimate carried forward to `today` without recomputing: the positions have not changed
 * since `asOf` (otherwise the position would be stale and recomputed), so each working day after
 * `asOf` adds the same amount, at today's rate (a change of rate makes the position stale too).
 */
export function carryAccruedSanction(
  stored: StoredSanction,
  today: IsoDate,
  workingDays: (from: IsoDate, to: IsoDate) => number = countWorkingDays,
  parameters: Law68Parameters = DEFAULT_LAW68_PARAMETERS,
): number {
  if (stored.sanctionablePositions === 0 || stored.since === null || today <= stored.asOf) {
    return stored.accruedCents;
  }
  const dayAfter = addDays(stored.asOf, 1);
  const from = stored.since > dayAfter ? stored.since : dayAfter;
  const days = workingDays(from, today);
  if (days === 0) return stored.accruedCents;
  const rate = findParameterAt(parameters.uncoveredSanctionCents, today);
  return stored.accruedCents + (rate ? rate.value * stored.sanctionablePositions * days : 0);
}
