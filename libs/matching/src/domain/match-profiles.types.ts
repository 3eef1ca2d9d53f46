import type { CefrLevel, ContractType, GeoPoint, L68Category, TimeWindow } from '#libs/kernel';
import type { IsoDate } from '#libs/kernel';

export type RightToWorkKind = 'EU_CITIZEN' | 'PERMIT' | 'PERMIT_RENEWAL' | 'NONE';

/**
 * The right to work, reduced to what matching needs. A PERMIT without `expiresOn` is one that does not
 * expire (permesso UE per soggiornanti di lungo periodo); PERMIT_RENEWAL is a receipt of a renewal
 * request, which lets the person keep working.
 */
export interface RightToWork {
  kind: RightToWorkKind;
  expiresOn?: IsoDate;
}

/** A municipality of the gazetteer: its ISTAT code, and its name for the explanations. */
export interface NamedMunicipality {
  code: string;
  name: string;
}

/**
 * Where the person may work, whatever imposed it (a court, a protection plan); matching never learns
 * the reason. A set of municipalities ("only Lodi"), a circle, or both: the site may lie in either.
 */
export type AllowedArea =
  | { centre: GeoPoint; radiusKm: number; municipalities?: readonly NamedMunicipality[] }
  | { centre?: undefined; radiusKm?: undefined; municipalities: readonly NamedMunicipality[] };

export interface OccupationExperience {
  /** ISTAT code, label or synonym: resolved through the taxonomy. */
  code: string;
  months?: number;
}

/**
 * What matching may know about a candidate: derived constraints only. Health, criminal-justice,
 * asylum or violence details stay in the case file; they reach this profile, if at all, as a task
 * limitation, an availability window or an allowed area.
 */
export interface CandidateMatchProfile {
  id: string;
  birthDate: IsoDate;
  italianLevel: CefrLevel;
  /** `null`: no time constraint. Windows may cross midnight and may touch or overlap. */
  availability: TimeWindow[] | null;
  /** The most hours a week the person can work (school-age children, health, studies); `null`: no limit. */
  maxWeeklyHours: number | null;
  home: GeoPoint;
  maxTravelKm: number;
  allowedArea: AllowedArea | null;
  /** Licence categories held: 'B', 'C', ... */
  drivingLicences: string[];
  rightToWork: RightToWork;
  /** Present only when the person is registered in the elenco del collocamento mirato. */
  l68Registration: { category: L68Category } | null;
  /** Task codes the person must not be given. */
  taskLimitations: string[];
  /** Skill codes or free text. */
  skills: string[];
  occupations: OccupationExperience[];
  preferredOccupations: string[];
  preferredContractTypes: ContractType[];
  /** Overrides the default km-zero radius, e.g. for someone who can only walk. */
  kmZeroRadiusKm?: number;
}

export interface VacancyMatchProfile {
  id: string;
  /** ISTAT CP2021 code (or a term the taxonomy resolves). */
  occupationCode: string;
  occupationText?: string;
  requiredSkills: string[];
  minItalianLevel: CefrLevel;
  shifts: TimeWindow[];
  /** Hours agreed with the person: shifts, if any, are only an example. */
  flexibleHours: boolean;
  /** The contract's hours a week; `null`: not stated. */
  weeklyHours: number | null;
  site: GeoPoint;
  /** The municipality of the site (allowed areas by municipality). */
  municipality: NamedMunicipality;
  kmZero: boolean;
  reservedL68: L68Category | null;
  startDate: IsoDate;
  adultsOnly: boolean;
  requiredLicences: string[];
  tasks: string[];
  contractType: ContractType;
  publishedAt: IsoDate;
  /** How many people the vacancy was proposed to recently, proposals still in play (fair share). */
  recentProposals: number;
  /**
   * The people among them: a person's own proposal does not count against the vacancy in that
   * person's fair share (see proposalsToOthers).
   */
  recentlyProposedTo: readonly string[];
}
