import { createInMemoryTaxonomy } from './in-memory-taxonomy.js';
import { STARTER_PRODUCTION_OCCUPATIONS } from './starter-production-occupations.js';
import { STARTER_SERVICE_OCCUPATIONS } from './starter-service-occupations.js';
import { STARTER_SKILLS } from './starter-skills.js';
import { STARTER_TASKS } from './starter-tasks.js';
import type { OccupationEntry, Taxonomy, TaxonomyVocabulary } from './taxonomy.js';

/**
 * The occupations the cooperatives place people in most often (domain.md), keyed by ISTAT CP2021
 * unità professionale. Labels are the names tutors use, not the ISTAT titles; synonyms are what people
 * type, with both genders because normalisation folds only "/a"-style endings. Minimum Italian levels
 * are the defaults of italian-rules.md 4.2 (a heuristic for new vacancies, never a rule).
 */
export const STARTER_OCCUPATIONS: readonly OccupationEntry[] = [
  ...STARTER_SERVICE_OCCUPATIONS,
  ...STARTER_PRODUCTION_OCCUPATIONS,
];

/**
 * The vocabulary Incrocio starts with, before the network adds its own terms. ISTAT codes follow the
 * CP2021 list of unità professionali; the loader should check each title against the official ISTAT
 * file when it seeds the database.
 */
export const STARTER_VOCABULARY: TaxonomyVocabulary = {
  version: 'starter-2025.1',
  occupations: STARTER_OCCUPATIONS,
  skills: STARTER_SKILLS,
  tasks: STARTER_TASKS,
};

export function createStarterTaxonomy(): Taxonomy {
  return createInMemoryTaxonomy(STARTER_VOCABULARY);
}
