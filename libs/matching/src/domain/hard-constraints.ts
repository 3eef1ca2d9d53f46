import type { CheckOutcome } from './constraint-outcome.js';
import {
  checkDrivingLicence,
  checkItalianLevel,
  checkL68Reservation,
  checkMinorAdultsOnly,
  checkRightToWork,
  checkTaskLimitations,
} from './eligibility-constraints.js';
import { CONSTRAINT_CODES, type ConstraintCode, type ConstraintResult } from './match-result.js';
import type { PairFacts } from './pair-facts.js';
import {
  checkAllowedArea,
  checkMinorNightWork,
  checkSchedule,
  checkTravelDistance,
} from './place-time-constraints.js';

interface HardConstraint {
  label: string;
  check: (facts: PairFacts) => CheckOutcome;
}

/**
 * Every hard constraint: a pair failing one is never proposed. All of them always run, so a "why not?"
 * lists each one as passed or failed instead of stopping at the first failure, in the order of
 * CONSTRAINT_CODES.
 */
export const HARD_CONSTRAINTS: Readonly<Record<ConstraintCode, HardConstraint>> = {
  SCHEDULE: { label: 'Orari compatibili con le disponibilità', check: checkSchedule },
  ITALIAN_LEVEL: { label: 'Livello di italiano', check: checkItalianLevel },
  TRAVEL_DISTANCE: { label: 'Distanza entro il raggio di spostamento', check: checkTravelDistance },
  ALLOWED_AREA: { label: "Sede nell'area consentita", check: checkAllowedArea },
  L68_RESERVATION: { label: 'Posto riservato (Legge 68/1999)', check: checkL68Reservation },
  RIGHT_TO_WORK: { label: 'Diritto al lavoro alla data di inizio', check: checkRightToWork },
  MINOR_NIGHT_WORK: { label: 'Nessun lavoro notturno per minorenni', check: checkMinorNightWork },
  MINOR_ADULTS_ONLY: { label: 'Offerta riservata a maggiorenni', check: checkMinorAdultsOnly },
  DRIVING_LICENCE: { label: 'Patente richiesta', check: checkDrivingLicence },
  TASK_LIMITATIONS: {
    label: 'Compiti compatibili con le limitazioni',
    check: checkTaskLimitations,
  },
};

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
