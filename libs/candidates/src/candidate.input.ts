import type { TargetGroup } from '#libs/kernel';
import { isSensitiveTargetGroup } from '#libs/kernel';
import type {
  AllowedArea,
  AsylumStatus,
  Consent,
  DigitalSkill,
  EducationLevel,
  Experience,
  HealthLimitations,
  JusticeStatus,
  L68Registration,
  LegalBasis,
  PathwayStatus,
  Referral,
  RightToWorkKind,
  Skill,
  TimeWindow,
  ViolenceStatus,
} from './candidate.types.js';
import { REFERRAL_KINDS } from './candidate.types.js';
import type { CefrLevel, ContractType } from '#libs/kernel';

/** What a tutor enters for a candidate. The API's DTO validates the shape; use cases check the rest. */
export interface CandidateInput {
  firstName: string;
  lastName: string;
  taxCode?: string | null;
  birthDate: string;
  gender?: string | null;
  email?: string | null;
  phone?: string | null;
  home: { municipalityCode: string; lat?: number; lng?: number };
  maxTravelKm: number;
  italianLevel: CefrLevel;
  education?: EducationLevel | null;
  digitalSkills?: DigitalSkill[];
  availability?: TimeWindow[] | null;
  maxWeeklyHours?: number | null;
  drivingLicences?: string[];
  rightToWork: { kind: RightToWorkKind; expiresOn?: string | null };
  skills?: Skill[];
  experiences?: Experience[];
  preferredOccupations?: string[];
  preferredContractTypes?: ContractType[];
  /** All target groups, sensitive or not: the use case stores each where it belongs. */
  targetGroups?: TargetGroup[];
  allowedArea?: AllowedArea | null;
  taskLimitations?: string[];
  referral?: Referral | null;
  assignedTutorIds?: string[];
  legalBasis: LegalBasis;
  consent: Consent;
  pathwayStatus?: PathwayStatus;
  sensitive?: SensitiveInput;
}

export interface SensitiveInput {
  l68?: L68Registration | null;
  health?: HealthLimitations | null;
  justice?: JusticeStatus | null;
  asylum?: AsylumStatus | null;
  violence?: ViolenceStatus | null;
}

export type CandidatePatch = Partial<CandidateInput> & { version?: number };

export interface SplitTargetGroups {
  ordinary: TargetGroup[];
  sensitive: TargetGroup[];
}

export function splitTargetGroups(groups: TargetGroup[]): SplitTargetGroups {
  const unique = [...new Set(groups)];
  return {
    ordinary: unique.filter((g) => !isSensitiveTargetGroup(g)),
    sensitive: unique.filter(isSensitiveTargetGroup),
  };
}

export function isRevealingReferral(referral: Referral | null | undefined): boolean {
  return referral != null && REFERRAL_KINDS[referral.kind].revealing;
}

/** True when the input writes anything special-category, so only those on the case may send it. */
export function touchesSensitive(input: Partial<CandidateInput>): boolean {
  return (
    (input.sensitive !== undefined && Object.keys(input.sensitive).length > 0) ||
    (input.targetGroups?.some(isSensitiveTargetGroup) ?? false) ||
    isRevealingReferral(input.referral)
  );
}
