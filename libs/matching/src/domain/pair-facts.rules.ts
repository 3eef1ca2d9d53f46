import { distanceKm } from '#libs/kernel';
import type { Taxonomy } from '#libs/taxonomy';
import { normalizeTerm } from '#libs/kernel';
import { ageOn, laterOf, type IsoDate } from '#libs/kernel';
import type { CandidateMatchProfile, VacancyMatchProfile } from './match-profiles.types.js';
import type { MatchContext } from './match-result.types.js';
import { minutesInNight } from './schedule-fit.rules.js';

export const ADULT_AGE = 18;
export const NIGHT_WORK_TASK = 'NIGHT_WORK';

/** What several constraints and factors need, computed once per pair. */
export interface PairFacts {
  candidate: CandidateMatchProfile;
  vacancy: VacancyMatchProfile;
  context: MatchContext;
  /** Home to site, great-circle km. */
  distanceKm: number;
  /**
   * The vacancy's start date, or today when it has already started: a person proposed today starts
   * today at the earliest, and age and permit must hold then.
   */
  startDate: IsoDate;
  ageAtStart: number;
  isMinorAtStart: boolean;
  /** Canonical task codes of the vacancy, plus NIGHT_WORK whenever a shift touches 22:00-06:00. */
  vacancyTasks: ReadonlySet<string>;
}

/** Canonical task code, or the normalised text when the taxonomy does not know the term. */
export function taskKey(taxonomy: Taxonomy, term: string): string {
  return taxonomy.taskCode(term) ?? normalizeTerm(term);
}

/**
 * The vacancy's task codes, kept with the vacancy (per taxonomy): a vacancy meets hundreds of people
 * in a refresh, and its shifts and tasks were read again for each of them. Profiles are values, never
 * changed once read (a changed vacancy is read into a new profile).
 */
const TASKS_OF = new WeakMap<
  VacancyMatchProfile,
  { taxonomy: Taxonomy; tasks: ReadonlySet<string> }
>();

export function vacancyTasks(
  vacancy: VacancyMatchProfile,
  taxonomy: Taxonomy,
): ReadonlySet<string> {
  const known = TASKS_OF.get(vacancy);
  if (known?.taxonomy === taxonomy) return known.tasks;
  const tasks = new Set(vacancy.tasks.map((task) => taskKey(taxonomy, task)));
  if (vacancy.shifts.some((shift) => minutesInNight(shift) > 0)) {
    tasks.add(taskKey(taxonomy, NIGHT_WORK_TASK));
  }
  TASKS_OF.set(vacancy, { taxonomy, tasks });
  return tasks;
}

export function pairFacts(
  candidate: CandidateMatchProfile,
  vacancy: VacancyMatchProfile,
  context: MatchContext,
): PairFacts {
  const startDate = laterOf(vacancy.startDate, context.today);
  const ageAtStart = ageOn(candidate.birthDate, startDate);
  return {
    candidate,
    vacancy,
    context,
    distanceKm: distanceKm(candidate.home, vacancy.site),
    startDate,
    ageAtStart,
    isMinorAtStart: ageAtStart < ADULT_AGE,
    vacancyTasks: vacancyTasks(vacancy, context.taxonomy),
  };
}
