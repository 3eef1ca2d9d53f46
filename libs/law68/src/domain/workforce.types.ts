import type { IsoDate } from '#libs/kernel';

/**
 * The calculator's input: an employer's workforce at a reference date, one entry per province
 * (the prospetto informativo has one section per provincial office), as in italian-rules.md §1.2
 * and §6. Counts are heads; hours and percentages may carry decimals (37.5 hours, 33.5 per cent)
 * and are read exactly as written.
 *
 * `totalEmployees` is every employee in forza in the province; the other counts are subsets of it
 * and each worker belongs to at most one of them (a disabled part-timer is listed only among the
 * disabled; `partTimers` lists only the computable part-timers).
 */

/** Calendar date, ISO 8601 "YYYY-MM-DD". */
export type { IsoDate };

/**
 * ORDINARY: any private employer. SOCIAL_COOP_TYPE_B: type-B social cooperative, whose
 * disadvantaged workers may stay out of the base (policy `typeBCoopBase`). ART3_C3_ORGANISATION:
 * parties, unions, non-profit bodies of art. 3 c.3, whose base is technical-executive and
 * administrative staff only.
 */
export type EmployerKind = 'ORDINARY' | 'SOCIAL_COOP_TYPE_B' | 'ART3_C3_ORGANISATION';

/** Categories kept out of the base; the category decides which base (§1.2). */
export type ExcludedCategory =
  | 'EXECUTIVES'
  | 'APPRENTICES'
  | 'FIXED_TERM_UP_TO_6_MONTHS'
  | 'PRODUCTION_COOP_WORKER_MEMBERS'
  | 'INSERTION_CONTRACT'
  | 'WORK_ABROAD'
  | 'SOCIALLY_USEFUL_WORK'
  | 'EMERSION'
  | 'HOME_WORKERS'
  | 'CONCILIATION_TELEWORKERS'
  /** Art. 5 c.2 sector staff (travelling, site, cable-car, haulage): out of B3 only. */
  | 'SECTOR_ART5_C2'
  | 'OTHER_BOTH_BASES'
  | 'OTHER_ONLY_B3'
  | 'OTHER_ONLY_B18';

export interface ExcludedGroup {
  category: ExcludedCategory;
  count: number;
}

/** Why a disabled worker counts toward the quota; it only changes the wording of the working. */
export type DisabledTitle =
  'L68_HIRE' | 'ART4_C3BIS' | 'ART4_C4' | 'BLIND_SWITCHBOARD_OPERATOR' | 'BLIND_PHYSIOTHERAPIST';

/** Disabled employees in forza. Without hours they are full-time. */
export interface DisabledEmployeeGroup {
  count: number;
  weeklyHours?: number;
  fullTimeHours?: number;
  /** Reduction of working capacity, per cent: above 50 a part-timer counts 1 in the 15-35 band. */
  disabilityPercent?: number;
  title?: DisabledTitle;
}

export interface PartTimeGroup {
  count: number;
  weeklyHours: number;
  fullTimeHours: number;
}

/** Intermittent (job-on-call) workers: hours actually worked in the semester, per worker. */
export interface IntermittentGroup {
  count: number;
  hoursWorkedInSemester: number;
  fullTimeHoursInSemester: number;
}

/** Disabled temporary agency workers on a mission at this employer (user undertaking). */
export interface AgencyDisabledGroup {
  count: number;
  /** Planned length of the mission; 12 months or more counts for the user (D.Lgs. 81/2015 art. 34). */
  missionMonths: number;
}

export type ConventionType = 'ART_12_BIS' | 'ART_14';

/** Disabled workers placed at a social cooperative (or other body) under a convention. */
export interface ConventionPlacement {
  type: ConventionType;
  count: number;
  from: IsoDate;
  to?: IsoDate;
  /** For art. 14 D.Lgs. 276/2003: the most positions the territorial framework lets this employer count. */
  frameworkMaxPositions?: number;
  reference?: string;
}

export type ExemptionSector = 'ORDINARY' | 'SECURITY_OR_TRANSPORT';

/** Partial exemption authorised by the office (art. 5 c.3), as a share of the quota. */
export interface AuthorisedExemption {
  percent: number;
  sector: ExemptionSector;
  from: IsoDate;
  to?: IsoDate;
}

/** Self-certified exemption for workers at an INAIL rate of 60 per mille or more (art. 5 c.3-bis). */
export interface SelfCertifiedExemption {
  positions: number;
  from?: IsoDate;
}

export type SuspensionCause = 'CIGS' | 'SOLIDARITY_CONTRACT' | 'COLLECTIVE_DISMISSAL' | 'OTHER';

/** Art. 3 c.5 suspension of the hiring obligation. */
export interface Suspension {
  cause: SuspensionCause;
  /**
   * Workers whose activity is suspended, in full-time equivalents (decimals allowed). With the
   * DECLARED_POSITIONS policy: the suspended positions as declared in the prospetto.
   */
  suspendedWorkers: number;
  from: IsoDate;
  to?: IsoDate;
}

/** Territorial compensation: E = this province gives its surplus away, R = it receives. */
export interface Compensation {
  kind: 'E' | 'R';
  positions: number;
}

export interface ProvinceWorkforce {
  /** Province code, e.g. "MI". */
  province: string;
  totalEmployees: number;
  disabledEmployees?: DisabledEmployeeGroup[];
  /** Art. 18 c.2 workers in forza (orphans, widows, refugees, victims of terrorism...). */
  art18Employees?: number;
  /** Of those, in service on 17/01/2000 (only for the legacy abatement policy). */
  art18EmployeesOn17Jan2000?: number;
  excluded?: ExcludedGroup[];
  partTimers?: PartTimeGroup[];
  intermittents?: IntermittentGroup[];
  /** Type-B social cooperatives: disadvantaged workers (art. 4 L. 381/1991). */
  disadvantagedWorkers?: number;
  /** Art. 3 c.3 organisations: staff who are neither technical-executive nor administrative. */
  staffOutsideTechnicalAdministrative?: number;
  agencyDisabledWorkers?: AgencyDisabledGroup[];
  conventions?: ConventionPlacement[];
  authorisedExemption?: AuthorisedExemption;
  selfCertifiedExemption?: SelfCertifiedExemption;
  suspensions?: Suspension[];
  compensationDisabled?: Compensation;
  compensationArt18?: Compensation;
}

export interface Law68Input {
  /** The date the position is photographed (31 December of the previous year for the prospetto). */
  referenceDate: IsoDate;
  /** Province of the sede legale; it must be one of `provinces` (with zero employees if need be). */
  registeredOfficeProvince: string;
  employerKind?: EmployerKind;
  /**
   * Only for reference dates up to 31/12/2017 in the 15-35 band, when the obligation arose only on
   * new hires: whether the employer hired after reaching 15.
   */
  newHiresSinceThreshold?: boolean;
  provinces: ProvinceWorkforce[];
}
