import type { Law68Policies } from '../domain/law68-policies.js';
import type { Law68Position } from '../domain/law68-position.types.js';
import type { IsoDate, Law68Input } from '../domain/workforce.types.js';
import type { WorkingStep } from '../domain/working.js';

/** ART11: programme of hires; ART12BIS and ART14: disabled workers hosted by a social cooperative. */
export const CONVENTION_TYPES = ['ART11', 'ART12BIS', 'ART14'] as const;
export type RegisteredConventionType = (typeof CONVENTION_TYPES)[number];

export const CONVENTION_TYPE_LABELS: Record<RegisteredConventionType, string> = {
  ART11: 'Convenzione di programma (art. 11 L. 68/1999)',
  ART12BIS: 'Convenzione di inserimento in cooperativa sociale (art. 12-bis L. 68/1999)',
  ART14: 'Convenzione quadro con cooperativa sociale (art. 14 D.Lgs. 276/2003)',
};

/** A convention as registered for a company. */
export interface RegisteredConvention {
  id: string;
  type: RegisteredConventionType;
  provinceCode: string;
  cooperativeName: string | null;
  positions: number;
  frameworkMaxPositions: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** A placement that counts toward the quota (placements.counts_toward_l68). */
export interface CountedPlacement {
  id: string;
  l68Category: 'DISABILITY' | 'ART18' | null;
  weeklyHours: number | null;
  fullTimeHours: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** A declared workforce: the calculator's input at the declaration's reference date. */
export interface DeclaredWorkforce {
  id: string;
  referenceDate: IsoDate;
  version: number;
  input: Law68Input;
  policies: Partial<Law68Policies>;
}

/** The position as stored and returned: the calculator's, with the sources in its working. */
export type StoredPosition = Law68Position;

/** The figures kept in columns, for the territory view and the priority list. */
export interface PositionFigures {
  band: Law68Position['band'];
  b3: number;
  q3: number;
  q18: number;
  coverage: number;
  exempted: number;
  suspended: number;
  uncoveredDisabled: number;
  uncoveredArt18: number;
}

/** Just the figures of a position or of a row that holds them. */
export function figuresOf(position: PositionFigures): PositionFigures {
  const { band, b3, q3, q18, coverage, exempted, suspended, uncoveredDisabled, uncoveredArt18 } =
    position;
  return { band, b3, q3, q18, coverage, exempted, suspended, uncoveredDisabled, uncoveredArt18 };
}

/** The accrued art. 15 c.4 sanction, estimated from the data the module holds. */
export interface SanctionEstimate {
  /** First day the daily sanction runs (the day after the 60-day term), or null if it never ran. */
  since: IsoDate | null;
  /** Uncovered disability positions not deferred by an art. 11 programme, on the date. */
  sanctionablePositions: number;
  cents: number;
  working: WorkingStep[];
}
