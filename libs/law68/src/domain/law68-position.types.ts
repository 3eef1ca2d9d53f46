import type { Law68Parameters } from './law68-parameters.js';
import type { Law68Policies } from './law68-policies.js';
import type { Law68Band } from './quota.calculator.js';
import type { ShortfallFigures } from './uncovered.calculator.js';
import type { EmployerKind, IsoDate } from './workforce.types.js';
import type { WorkingStep } from './working.js';

export interface Law68Options {
  /** Readings to use instead of the defaults (law68-policies.ts). */
  policies?: Partial<Law68Policies>;
  /** A dated parameter table to use instead of DEFAULT_LAW68_PARAMETERS. */
  parameters?: Law68Parameters;
}

/** One provincial section of the position. */
export interface ProvincePosition extends ShortfallFigures {
  province: string;
  isRegisteredOffice: boolean;
  b3: number;
  b18: number;
  q3: number;
  q18: number;
  coverage: number;
  working: WorkingStep[];
}

/** The result of computeLaw68Position. Plain data: it serialises to JSON as it is. */
export interface Law68Position {
  referenceDate: IsoDate;
  employerKind: EmployerKind;
  b3: number;
  b18: number;
  band: Law68Band;
  q3: number;
  q18: number;
  /** Positions covered, the national total rounded once. */
  coverage: number;
  exemptedAuthorised: number;
  exemptedSelfCertified: number;
  exempted: number;
  suspended: number;
  legacyAbatement: number;
  art18InForce: number;
  uncoveredDisabled: number;
  uncoveredArt18: number;
  provinces: ProvincePosition[];
  /** The policies the figures were computed with. */
  policies: Law68Policies;
  /** Every step, national first, then each province's (tagged with its code). */
  working: WorkingStep[];
}
