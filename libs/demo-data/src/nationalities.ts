import { FOREIGN_NAME_POOLS, type ForeignNationality, type NamePool } from './names-foreign.js';
import { ITALIAN_FEMALE_NAMES, ITALIAN_MALE_NAMES, ITALIAN_SURNAMES } from './names-italian.js';

/** ISO 3166 alpha-2 codes of the nationalities the demo draws people from. */
export type Nationality = 'IT' | ForeignNationality;

const ITALIAN_POOL: NamePool = {
  female: ITALIAN_FEMALE_NAMES,
  male: ITALIAN_MALE_NAMES,
  surnames: ITALIAN_SURNAMES,
};

export function namePool(nationality: Nationality): NamePool {
  return nationality === 'IT' ? ITALIAN_POOL : FOREIGN_NAME_POOLS[nationality];
}

/** EU citizens work without a permit; Romania is the only EU country among the seeds' nationalities. */
export function isEuCitizen(nationality: Nationality): boolean {
  return nationality === 'IT' || nationality === 'RO';
}

/**
 * Speakers of a Romance language, and Albanians who grew up with Italian television, usually reach a
 * working Italian sooner than the others: one CEFR step up on average.
 */
export const QUICK_ITALIAN_LEARNERS: ReadonlySet<Nationality> = new Set<Nationality>([
  'PE',
  'EC',
  'RO',
  'AL',
]);

/** Countries of origin of first-generation adults who came for work or to join their family. */
export const ECONOMIC_MIGRATION_MIX = [
  ['MA', 14],
  ['EG', 12],
  ['RO', 12],
  ['AL', 10],
  ['PE', 10],
  ['UA', 9],
  ['EC', 8],
  ['LK', 8],
  ['PH', 6],
  ['PK', 6],
  ['BD', 5],
] as const satisfies readonly (readonly [Nationality, number])[];

/** Countries of origin of asylum seekers and protection holders in Lombard SAI and CAS projects. */
export const ASYLUM_MIX = [
  ['NG', 18],
  ['PK', 16],
  ['BD', 14],
  ['SN', 12],
  ['EG', 12],
  ['UA', 10],
  ['MA', 6],
] as const satisfies readonly (readonly [Nationality, number])[];
