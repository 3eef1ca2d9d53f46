import type { GeoPoint, TimeWindow, Weekday } from '#libs/kernel';
import { createStarterTaxonomy } from '#libs/taxonomy';
import { evaluatePair } from '../match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../match-profiles.types.js';
import type {
  ConstraintCode,
  ConstraintResult,
  MatchContext,
  PairEvaluation,
} from '../match-result.types.js';

/**
 * Test data for the matching core: one candidate and one vacancy that match on every constraint, so
 * each test changes only the field it is about.
 */
export const TODAY = '2025-09-01';
export const MILAN_DUOMO: GeoPoint = { lat: 45.4642, lng: 9.19 };

export const MILANO = { code: '015146', name: 'Milano' } as const;
export const LODI = { code: '098031', name: 'Lodi' } as const;
export const SAN_DONATO = { code: '015192', name: 'San Donato Milanese' } as const;

const KM_PER_DEGREE_OF_LATITUDE = (6371.0088 * Math.PI) / 180;

/** A point `km` due north of `origin`, so distances in tests are exact. */
export function pointNorthOf(origin: GeoPoint, km: number): GeoPoint {
  return { lat: origin.lat + km / KM_PER_DEGREE_OF_LATITUDE, lng: origin.lng };
}

export function timeWindow(day: Weekday, start: string, end: string): TimeWindow {
  return { day, start, end };
}

/** The same hours on each weekday Monday to Friday. */
export function weekdays(start: string, end: string): TimeWindow[] {
  return ([1, 2, 3, 4, 5] as const).map((day) => timeWindow(day, start, end));
}

export function aCandidate(overrides: Partial<CandidateMatchProfile> = {}): CandidateMatchProfile {
  return {
    id: 'c-1',
    birthDate: '1990-05-10',
    italianLevel: 'B1',
    availability: weekdays('08:00', '17:00'),
    maxWeeklyHours: null,
    home: MILAN_DUOMO,
    maxTravelKm: 15,
    allowedArea: null,
    drivingLicences: ['B'],
    rightToWork: { kind: 'EU_CITIZEN' },
    l68Registration: null,
    taskLimitations: [],
    skills: ['HACCP'],
    occupations: [{ code: '5.2.2.2.1', months: 24 }],
    preferredOccupations: ['aiuto cuoco'],
    preferredContractTypes: ['A.02.00'],
    ...overrides,
  };
}

export function aVacancy(overrides: Partial<VacancyMatchProfile> = {}): VacancyMatchProfile {
  return {
    id: 'v-1',
    occupationCode: '5.2.2.2.1',
    requiredSkills: ['HACCP'],
    minItalianLevel: 'A2',
    shifts: weekdays('09:00', '15:00'),
    flexibleHours: false,
    weeklyHours: 30,
    site: pointNorthOf(MILAN_DUOMO, 3),
    municipality: MILANO,
    kmZero: false,
    reservedL68: null,
    startDate: '2025-09-15',
    adultsOnly: false,
    requiredLicences: [],
    tasks: ['PROLONGED_STANDING'],
    contractType: 'A.02.00',
    publishedAt: '2025-08-25',
    recentProposals: 2,
    recentlyProposedTo: ['c-other-1', 'c-other-2'],
    ...overrides,
  };
}

const starterTaxonomy = createStarterTaxonomy();

export function aContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return { today: TODAY, taxonomy: starterTaxonomy, ...overrides };
}

export function constraintOf(evaluation: PairEvaluation, code: ConstraintCode): ConstraintResult {
  const result = evaluation.constraints.find((constraint) => constraint.code === code);
  if (!result) throw new Error(`Constraint ${code} missing from the evaluation`);
  return result;
}

export function failedCodes(evaluation: PairEvaluation): ConstraintCode[] {
  return evaluation.constraints.filter((constraint) => !constraint.passed).map(({ code }) => code);
}

export function pointsOf(evaluation: PairEvaluation, code: string): number {
  const factor = evaluation.factors?.find((candidate) => candidate.code === code);
  if (!factor)
    throw new Error(`Factor ${code} missing: the pair is not possible or the code is wrong`);
  return factor.points;
}

/** The baseline pair with some fields changed; `today` moves the day matching runs. */
export function evaluateVariant(
  candidate: Partial<CandidateMatchProfile> = {},
  vacancy: Partial<VacancyMatchProfile> = {},
  today?: string,
): PairEvaluation {
  return evaluatePair(aCandidate(candidate), aVacancy(vacancy), aContext(today ? { today } : {}));
}

/**
 * The constraint, after checking it is the only one the pair fails. Throws instead of calling
 * `expect` so this file also compiles without Jest's types.
 */
export function failsOnly(code: ConstraintCode, evaluation: PairEvaluation): ConstraintResult {
  const failed = failedCodes(evaluation);
  if (failed.length !== 1 || failed[0] !== code || evaluation.possible) {
    throw new Error(`Expected only ${code} to fail, got [${failed.join(', ')}]`);
  }
  return constraintOf(evaluation, code);
}

/** The constraint, after checking it passed. */
export function passes(code: ConstraintCode, evaluation: PairEvaluation): ConstraintResult {
  const result = constraintOf(evaluation, code);
  if (!result.passed) throw new Error(`Expected ${code} to pass: ${result.detail}`);
  return result;
}
