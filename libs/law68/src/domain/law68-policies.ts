import { Law68InputError, type Law68InputIssue } from './law68-input.error.js';

/**
 * Readings of the rules where the sources disagree (italian-rules.md §1.11, "VERIFY"). Each has a
 * default, stated in the working whenever it changes a number, and the caller can choose another.
 */
export interface Law68Policies {
  /**
   * A disabled part-timer at or below half time: the exact hours fraction (PRODIS and SIL-ER, e.g.
   * 16/40 = 0,40) or half a unit (Assolombarda: "fino allo 0,50 dell'orario come mezza unità").
   */
  disabledPartTimeUpToHalf: 'EXACT_FRACTION' | 'HALF_UNIT';
  /**
   * Type-B social cooperatives: keep disadvantaged workers out of the base (Ministry reading of
   * art. 3 c.3, circ. 41/2000) or count them like any employee (offices that do not apply it).
   */
  typeBCoopBase: 'EXCLUDE_DISADVANTAGED' | 'ORDINARY';
  /** Legacy abatement by art. 18 workers in service on 17/01/2000 exceeding the art. 18 quota. */
  legacyArt18Abatement: boolean;
  /**
   * Rounding of the art. 12-bis cap, which L. 198/2025 rounds "all'unità più vicina" without saying
   * what exactly one half does: the legal R() of art. 4 c.2 (one half goes down) or half-up.
   */
  art12BisCapRounding: 'LEGAL_HALF_DOWN' | 'HALF_UP';
  /**
   * Suspensions (art. 3 c.5): the quota is suspended in proportion to the suspended activity
   * (art. 4 DPR 333/2000), R(quota × suspended workers / base), or the number declared is taken as
   * suspended positions and subtracted as it is (the PRODIS summary).
   */
  suspension: 'PROPORTIONAL_TO_BASE' | 'DECLARED_POSITIONS';
  /**
   * National base: from the national totals with one rounding of part-timers, intermittents and the
   * art. 18 cap (§1.2), or the sum of the provincial bases each rounded on its own (§1.5 step 1).
   */
  nationalBase: 'NATIONAL_TOTALS' | 'SUM_OF_PROVINCES';
  /**
   * National uncovered positions: surpluses in one province offset shortfalls in another, as private
   * employers may do automatically since D.Lgs. 151/2015 (art. 5 c.8), or only the compensations
   * declared province by province count.
   */
  territorialCompensation: 'NET_NATIONALLY' | 'DECLARED_ONLY';
  /**
   * The 60 days to request the hire (art. 9 c.1), after which the daily sanction runs (art. 15
   * c.4): the public administration (ANPAL) counts the day the obligation arises as the first of
   * the 60, so an obligation of 1 January 2024 has its term on 29 February and the sanction from 1
   * March; the civil-law count (art. 2963 c.c., the first day is not counted) ends the term a day
   * later.
   */
  hiringTermStart: 'OBLIGATION_DAY' | 'DAY_AFTER_OBLIGATION';
}

export const DEFAULT_LAW68_POLICIES: Readonly<Law68Policies> = {
  disabledPartTimeUpToHalf: 'EXACT_FRACTION',
  typeBCoopBase: 'EXCLUDE_DISADVANTAGED',
  legacyArt18Abatement: false,
  art12BisCapRounding: 'LEGAL_HALF_DOWN',
  suspension: 'PROPORTIONAL_TO_BASE',
  nationalBase: 'NATIONAL_TOTALS',
  territorialCompensation: 'NET_NATIONALLY',
  hiringTermStart: 'OBLIGATION_DAY',
};

const ALLOWED: { [K in keyof Law68Policies]: readonly Law68Policies[K][] } = {
  disabledPartTimeUpToHalf: ['EXACT_FRACTION', 'HALF_UNIT'],
  typeBCoopBase: ['EXCLUDE_DISADVANTAGED', 'ORDINARY'],
  legacyArt18Abatement: [false, true],
  art12BisCapRounding: ['LEGAL_HALF_DOWN', 'HALF_UP'],
  suspension: ['PROPORTIONAL_TO_BASE', 'DECLARED_POSITIONS'],
  nationalBase: ['NATIONAL_TOTALS', 'SUM_OF_PROVINCES'],
  territorialCompensation: ['NET_NATIONALLY', 'DECLARED_ONLY'],
  hiringTermStart: ['OBLIGATION_DAY', 'DAY_AFTER_OBLIGATION'],
};

/** The values each policy may take, for forms and API documentation. */
export const LAW68_POLICY_VALUES: Readonly<typeof ALLOWED> = ALLOWED;

/** The defaults overridden by the caller's choices; an unknown value is an input error. */
export function resolvePolicies(overrides: Partial<Law68Policies> = {}): Law68Policies {
  const policies: Law68Policies = { ...DEFAULT_LAW68_POLICIES };
  const issues: Law68InputIssue[] = [];
  for (const name of Object.keys(overrides) as (keyof Law68Policies)[]) {
    const value = overrides[name];
    if (value === undefined) continue;
    const allowed: readonly unknown[] | undefined = ALLOWED[name];
    if (allowed === undefined) {
      issues.push({ field: `policies.${name}`, message: 'politica sconosciuta' });
    } else if (!allowed.includes(value)) {
      issues.push({
        field: `policies.${name}`,
        message: `valore non ammesso; valori possibili: ${allowed.join(', ')}`,
      });
    } else {
      Object.assign(policies, { [name]: value });
    }
  }
  if (issues.length > 0) throw new Law68InputError(issues);
  return policies;
}
