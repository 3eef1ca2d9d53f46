import type { CheckOutcome } from './constraint-outcome.types.js';
import {
  checkDrivingLicence,
  checkItalianLevel,
  checkL68Reservation,
  checkMinorAdultsOnly,
  checkRightToWork,
  checkTaskLimitations,
} from './eligibility-constraints.rules.js';
import type { ConstraintResult } from './match-result.types.js';
import type { PairFacts } from './pair-facts.rules.js';
import {
  checkAllowedArea,
  checkMinorNightWork,
  checkSchedule,
  checkTravelDistance,
  checkWeeklyHours,
} from './place-time-constraints.rules.js';

/** Everything the code needs to know about one hard constraint, in one place. */
export interface HardConstraintDefinition {
  /** The Italian label a tutor reads beside the outcome. */
  label: string;
  check: (facts: PairFacts) => CheckOutcome;
  /**
   * Its details come from a special-category situation (Law 68 registration, a court's or a
   * protection plan's area, health limitations): a reader not on the person's case learns that it
   * holds, not why (see access/match-disclosure.policy.ts).
   */
  sensitive: boolean;
  /**
   * The SQL pre-filter (store/prefilter.sql.ts) may drop a pair because of it. The pre-filter
   * must never drop a pair the core accepts, and drops a pair only when one of these fails (the
   * pre-filter integration test checks both against the core).
   */
  prefiltered: boolean;
}

/**
 * Every hard constraint: a pair failing one is never proposed. All of them always run, so a "why
 * not?" lists each one as passed or failed instead of stopping at the first failure, in the order of
 * this table. A new constraint is one entry here (with its check and its test); the codes, the
 * labels, the disclosure rules and the pre-filter test all read this table.
 */
export const HARD_CONSTRAINTS = {
  SCHEDULE: {
    label: 'Orari compatibili con le disponibilità',
    check: checkSchedule,
    sensitive: false,
    prefiltered: true,
  },
  WEEKLY_HOURS: {
    label: 'Ore settimanali entro il massimo della persona',
    check: checkWeeklyHours,
    sensitive: false,
    prefiltered: true,
  },
  ITALIAN_LEVEL: {
    label: 'Livello di italiano',
    check: checkItalianLevel,
    sensitive: false,
    prefiltered: true,
  },
  TRAVEL_DISTANCE: {
    label: 'Distanza entro il raggio di spostamento',
    check: checkTravelDistance,
    sensitive: false,
    prefiltered: true,
  },
  ALLOWED_AREA: {
    label: "Sede nell'area consentita",
    check: checkAllowedArea,
    sensitive: true,
    prefiltered: true,
  },
  L68_RESERVATION: {
    label: 'Posto riservato (Legge 68/1999)',
    check: checkL68Reservation,
    sensitive: true,
    prefiltered: true,
  },
  /** Pre-filtered for people with no title at all; an expiring permit is left to the core. */
  RIGHT_TO_WORK: {
    label: 'Diritto al lavoro alla data di inizio',
    check: checkRightToWork,
    sensitive: false,
    prefiltered: true,
  },
  MINOR_NIGHT_WORK: {
    label: 'Nessun lavoro notturno per minorenni',
    check: checkMinorNightWork,
    sensitive: false,
    prefiltered: false,
  },
  MINOR_ADULTS_ONLY: {
    label: 'Offerta riservata a maggiorenni',
    check: checkMinorAdultsOnly,
    sensitive: false,
    prefiltered: false,
  },
  DRIVING_LICENCE: {
    label: 'Patente richiesta',
    check: checkDrivingLicence,
    sensitive: false,
    prefiltered: false,
  },
  /** Pre-filtered when the vacancy lists a limited task word for word (synonyms are the core's). */
  TASK_LIMITATIONS: {
    label: 'Compiti compatibili con le limitazioni',
    check: checkTaskLimitations,
    sensitive: true,
    prefiltered: true,
  },
} as const satisfies Readonly<Record<string, HardConstraintDefinition>>;

export type ConstraintCode = keyof typeof HARD_CONSTRAINTS;

/** The codes in the table's order, the order every evaluation lists its constraints in. */
export const CONSTRAINT_CODES = Object.keys(HARD_CONSTRAINTS) as readonly ConstraintCode[];

function codesWhere(flag: 'sensitive' | 'prefiltered'): ReadonlySet<ConstraintCode> {
  return new Set(CONSTRAINT_CODES.filter((code) => HARD_CONSTRAINTS[code][flag]));
}

/** Constraints withheld from readers not on the case. */
export const SENSITIVE_CONSTRAINTS = codesWhere('sensitive');
/** Constraints the SQL pre-filter may drop a pair for. */
export const PREFILTERED_CONSTRAINTS = codesWhere('prefiltered');

export function evaluateHardConstraints(facts: PairFacts): ConstraintResult[] {
  return CONSTRAINT_CODES.map((code) => {
    const { label, check } = HARD_CONSTRAINTS[code];
    return { code, label, ...check(facts) };
  });
}

/** The Italian label of each constraint, for screens that list them without evaluating a pair. */
export const CONSTRAINT_LABELS = Object.fromEntries(
  CONSTRAINT_CODES.map((code) => [code, HARD_CONSTRAINTS[code].label]),
) as Readonly<Record<ConstraintCode, string>>;
