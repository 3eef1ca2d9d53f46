import type { TargetGroup } from '#libs/kernel';
import type { ReferralKind } from '#libs/candidates';
import type { Nationality } from './nationalities.js';
import {
  CARE_AND_CLEANING,
  MANUAL_WORK,
  SHELTERED_WORK,
  YOUNG_JOBS,
  type OccupationKey,
} from './occupations.js';
import type { Weights } from './prng.js';
import type { AvailabilityPattern } from './time-patterns.js';

/**
 * The kinds of people the cooperatives take in charge (domain.md), each with the traits that go
 * together: a mother in a family-work project is free in school hours, an asylum seeker is young,
 * often a man, and still learning Italian. Shares are the demo's mix, close to the seeds' projects.
 */
export type PersonaKey =
  | 'FAMILY_WORK'
  | 'ASYLUM'
  | 'EXPLOITATION'
  | 'DISABILITY'
  | 'DISADVANTAGED'
  | 'JUSTICE'
  | 'VIOLENCE'
  | 'YOUTH'
  | 'UNEMPLOYED';

export interface Persona {
  share: number;
  femaleShare: number;
  age: { mean: number; sd: number; min: number; max: number };
  nationalities: Weights<Nationality>;
  /** The special-category group that brings the person in, kept in candidate_sensitive. */
  sensitiveGroup: TargetGroup | null;
  /** Groups that reveal nothing special, with the chance each applies. */
  openGroups: Partial<Record<TargetGroup, number>>;
  referrals: Weights<ReferralKind>;
  occupations: { F: Weights<OccupationKey>; M: Weights<OccupationKey> };
  /** ANY: no time constraint (availability null). */
  availability: Weights<AvailabilityPattern | 'ANY'>;
  /** How far the person will travel, when they have no car. */
  travelKm: { min: number; max: number };
}

export const PERSONAS: Record<PersonaKey, Persona> = {
  FAMILY_WORK: {
    share: 26,
    femaleShare: 0.75,
    age: { mean: 38, sd: 7, min: 22, max: 55 },
    nationalities: {
      IT: 35,
      MA: 12,
      EG: 10,
      PE: 8,
      EC: 6,
      LK: 6,
      AL: 6,
      RO: 6,
      UA: 5,
      PH: 3,
      BD: 3,
    },
    sensitiveGroup: null,
    openGroups: { PARENT: 1, UNEMPLOYED: 0.7, WORKING_POOR: 0.25 },
    referrals: { SOCIAL_SERVICES: 30, QUBI: 20, WEMI: 20, SELF: 15, NETWORK: 15 },
    occupations: { F: CARE_AND_CLEANING, M: MANUAL_WORK },
    availability: { SCHOOL_HOURS: 55, MORNINGS: 20, EVENINGS: 8, WEEKENDS: 5, ANY: 12 },
    travelKm: { min: 2, max: 10 },
  },
  ASYLUM: {
    share: 12,
    femaleShare: 0.2,
    age: { mean: 27, sd: 6, min: 18, max: 50 },
    nationalities: { NG: 18, PK: 16, BD: 14, SN: 12, EG: 12, UA: 10, MA: 6 },
    sensitiveGroup: 'ASYLUM',
    openGroups: { UNEMPLOYED: 0.8 },
    referrals: { SAI: 55, CAS: 45 },
    occupations: { F: CARE_AND_CLEANING, M: MANUAL_WORK },
    availability: { ANY: 70, WORKING_DAYS: 15, EARLY_MORNINGS: 15 },
    travelKm: { min: 5, max: 25 },
  },
  EXPLOITATION: {
    share: 4,
    femaleShare: 0.35,
    age: { mean: 34, sd: 9, min: 18, max: 60 },
    nationalities: { PK: 20, BD: 18, MA: 14, RO: 12, NG: 10, SN: 10, AL: 8, EG: 8 },
    sensitiveGroup: 'EXPLOITATION',
    openGroups: { WORKING_POOR: 0.6, UNEMPLOYED: 0.4 },
    referrals: { NETWORK: 50, SOCIAL_SERVICES: 30, SELF: 20 },
    occupations: { F: CARE_AND_CLEANING, M: MANUAL_WORK },
    availability: { ANY: 60, EARLY_MORNINGS: 25, WORKING_DAYS: 15 },
    travelKm: { min: 5, max: 30 },
  },
  DISABILITY: {
    share: 11,
    femaleShare: 0.45,
    age: { mean: 41, sd: 11, min: 18, max: 64 },
    nationalities: { IT: 85, MA: 3, AL: 3, RO: 3, PE: 2, EG: 2, UA: 2 },
    sensitiveGroup: 'DISABILITY_L68',
    openGroups: { UNEMPLOYED: 0.8, PARENT: 0.15 },
    referrals: { JOB_CENTRE: 50, SOCIAL_SERVICES: 30, SELF: 10, CPS: 10 },
    occupations: { F: SHELTERED_WORK, M: SHELTERED_WORK },
    availability: { ANY: 45, MORNINGS: 25, WORKING_DAYS: 20, SCHOOL_HOURS: 10 },
    travelKm: { min: 3, max: 20 },
  },
  DISADVANTAGED: {
    share: 8,
    femaleShare: 0.3,
    age: { mean: 42, sd: 10, min: 20, max: 64 },
    nationalities: { IT: 80, MA: 6, RO: 5, AL: 5, EG: 4 },
    sensitiveGroup: 'DISADVANTAGED_L381',
    openGroups: { UNEMPLOYED: 0.85 },
    referrals: { CPS: 50, SERD: 50 },
    occupations: { F: SHELTERED_WORK, M: SHELTERED_WORK },
    availability: { ANY: 40, WORKING_DAYS: 30, MORNINGS: 30 },
    travelKm: { min: 3, max: 20 },
  },
  JUSTICE: {
    share: 6,
    femaleShare: 0.12,
    age: { mean: 33, sd: 11, min: 16, max: 62 },
    nationalities: { IT: 55, MA: 12, AL: 9, RO: 9, EG: 6, SN: 5, NG: 4 },
    sensitiveGroup: 'CRIMINAL_JUSTICE',
    openGroups: { UNEMPLOYED: 0.8 },
    referrals: { UEPE: 1 },
    occupations: { F: CARE_AND_CLEANING, M: MANUAL_WORK },
    availability: { DAYTIME_ONLY: 35, ANY: 40, WORKING_DAYS: 25 },
    travelKm: { min: 3, max: 15 },
  },
  VIOLENCE: {
    share: 4,
    femaleShare: 1,
    age: { mean: 37, sd: 9, min: 20, max: 60 },
    nationalities: { IT: 50, MA: 10, RO: 8, AL: 8, UA: 6, PE: 6, NG: 6, EG: 6 },
    sensitiveGroup: 'VIOLENCE',
    openGroups: { PARENT: 0.6, UNEMPLOYED: 0.8 },
    referrals: { ANTI_VIOLENCE_CENTRE: 1 },
    occupations: { F: CARE_AND_CLEANING, M: MANUAL_WORK },
    availability: { SCHOOL_HOURS: 45, MORNINGS: 20, ANY: 35 },
    travelKm: { min: 3, max: 15 },
  },
  YOUTH: {
    share: 16,
    femaleShare: 0.45,
    age: { mean: 22, sd: 4, min: 16, max: 34 },
    nationalities: { IT: 60, MA: 8, EG: 8, AL: 5, RO: 5, PE: 4, EC: 3, LK: 3, PK: 2, UA: 2 },
    sensitiveGroup: null,
    openGroups: { YOUTH: 1, NEET: 0.7, UNEMPLOYED: 0.6 },
    referrals: { JOB_CENTRE: 40, SELF: 25, NETWORK: 20, SOCIAL_SERVICES: 15 },
    occupations: { F: YOUNG_JOBS, M: YOUNG_JOBS },
    availability: { ANY: 50, AFTERNOONS: 20, WEEKENDS: 15, EVENINGS: 15 },
    travelKm: { min: 5, max: 25 },
  },
  UNEMPLOYED: {
    share: 13,
    femaleShare: 0.5,
    age: { mean: 47, sd: 9, min: 30, max: 64 },
    nationalities: { IT: 60, RO: 8, AL: 6, MA: 6, UA: 5, PE: 5, EC: 4, EG: 3, LK: 3 },
    sensitiveGroup: null,
    openGroups: { UNEMPLOYED: 0.9, WORKING_POOR: 0.3, PARENT: 0.3 },
    referrals: { JOB_CENTRE: 40, SOCIAL_SERVICES: 25, SELF: 25, NETWORK: 10 },
    occupations: { F: CARE_AND_CLEANING, M: MANUAL_WORK },
    availability: { ANY: 55, WORKING_DAYS: 20, EARLY_MORNINGS: 10, EVENINGS: 7, WEEKENDS: 8 },
    travelKm: { min: 5, max: 30 },
  },
};

export const PERSONA_SHARES: Weights<PersonaKey> = Object.fromEntries(
  Object.entries(PERSONAS).map(([key, persona]) => [key, persona.share]),
);
