import { CEFR_LEVELS, type CefrLevel } from '#libs/kernel';
import type { DemoCalendar } from './calendar.js';
import type { DigitalSkill, EducationLevel } from '#libs/candidates';
import {
  isEuCitizen,
  namePool,
  QUICK_ITALIAN_LEARNERS,
  type Nationality,
} from './nationalities.js';
import { PERSONAS, type PersonaKey } from './personas.js';
import type { Rng, Weights } from './prng.js';

/** Who the person is before any case data: the traits the rest of the profile depends on. */
export interface DemoPerson {
  persona: PersonaKey;
  nationality: Nationality;
  /** Born or raised in Italy by foreign parents: Italian is their language, their schools Italian. */
  grewUpInItaly: boolean;
  gender: 'F' | 'M';
  firstName: string;
  lastName: string;
  birthDate: string;
  age: number;
}

export function drawPerson(rng: Rng, personaKey: PersonaKey, calendar: DemoCalendar): DemoPerson {
  const persona = PERSONAS[personaKey];
  const nationality = rng.choose(persona.nationalities);
  const gender = rng.chance(persona.femaleShare) ? 'F' : 'M';
  const age = rng.normalInt(persona.age.mean, persona.age.sd, persona.age.min, persona.age.max);
  const names = namePool(nationality);
  const grewUpInItaly = nationality === 'IT' || (age < 30 && rng.chance(0.5));
  return {
    persona: personaKey,
    nationality,
    grewUpInItaly,
    gender,
    firstName: rng.pick(gender === 'F' ? names.female : names.male),
    lastName: rng.pick(names.surnames),
    birthDate: calendar.birthDate(age, rng.int(0, 364)),
    age,
  };
}

const NEWCOMER_LEVELS: Weights<CefrLevel> = {
  ALFA: 5,
  PRE_A1: 10,
  A1: 25,
  A2: 28,
  B1: 22,
  B2: 8,
  C1: 2,
};

/** Skewed to A1-B1 for people who came as adults; a step up for quick learners, down for arrivals. */
export function italianLevel(rng: Rng, person: DemoPerson): CefrLevel {
  if (person.grewUpInItaly) return rng.chance(0.9) ? 'C2' : 'C1';
  let rank = CEFR_LEVELS.indexOf(rng.choose(NEWCOMER_LEVELS));
  if (QUICK_ITALIAN_LEARNERS.has(person.nationality) && rng.chance(0.5)) rank += 1;
  if (person.persona === 'ASYLUM' && rng.chance(0.4)) rank -= 1;
  return CEFR_LEVELS[Math.max(0, Math.min(CEFR_LEVELS.length - 1, rank))];
}

export function education(rng: Rng, person: DemoPerson): EducationLevel {
  if (person.age < 19) return rng.choose({ LOWER_SECONDARY: 8, VOCATIONAL: 2 });
  if (person.grewUpInItaly) {
    return rng.choose({
      PRIMARY: 3,
      LOWER_SECONDARY: 40,
      VOCATIONAL: 20,
      UPPER_SECONDARY: 30,
      DEGREE: 7,
    });
  }
  return rng.choose({
    FOREIGN_UNRECOGNISED: 50,
    NONE: 8,
    PRIMARY: 10,
    LOWER_SECONDARY: 20,
    VOCATIONAL: 7,
    UPPER_SECONDARY: 5,
  });
}

export function digitalSkills(rng: Rng, person: DemoPerson, level: CefrLevel): DigitalSkill[] {
  const literate = level !== 'ALFA' && level !== 'PRE_A1';
  const local = person.grewUpInItaly;
  const skills: DigitalSkill[] = [];
  if (rng.chance(0.88)) skills.push('SMARTPHONE');
  if (literate && rng.chance(local ? 0.7 : 0.45)) skills.push('EMAIL');
  if (literate && rng.chance(local ? 0.6 : 0.3)) skills.push('SPID');
  if (literate && rng.chance(local ? 0.35 : 0.15)) skills.push('JOB_PORTALS');
  if (literate && rng.chance(local ? 0.2 : 0.05)) skills.push('OFFICE');
  return skills;
}

/** Car licences: common among adults raised here, rarer among newcomers, rarer still for women. */
export function drivingLicences(rng: Rng, person: DemoPerson): string[] {
  if (person.age < 18) return rng.chance(0.2) ? ['AM'] : [];
  let chance = person.grewUpInItaly ? 0.6 : isEuCitizen(person.nationality) ? 0.35 : 0.15;
  if (person.gender === 'F' && !person.grewUpInItaly) chance *= 0.5;
  if (person.persona === 'DISABILITY' || person.persona === 'JUSTICE') chance *= 0.6;
  if (!rng.chance(chance)) return [];
  const licences = ['B'];
  if (person.gender === 'M' && rng.chance(0.06)) licences.push('C');
  if (rng.chance(0.08)) licences.push('A');
  return licences;
}
