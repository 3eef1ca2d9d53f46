import type { ContractType, GeoPoint, TimeWindow } from '#libs/kernel';
import type { AllowedArea, Experience, PathwayStatus, Skill } from '#libs/candidates';
import type { DemoPerson } from './candidate-person.js';
import { OCCUPATIONS, type OccupationKey } from './occupations.js';
import { PERSONAS, type PersonaKey } from './personas.js';
import type { Rng, Weights } from './prng.js';
import { SECTORS } from './sectors.js';
import { AVAILABILITY_PATTERNS } from './time-patterns.js';

/** The sector label of each occupation: the sector that advertises it most. */
const SECTOR_OF = new Map<OccupationKey, string>();
const bestWeight = new Map<OccupationKey, number>();
for (const sector of Object.values(SECTORS)) {
  for (const [key, weight] of Object.entries(sector.occupations) as [OccupationKey, number][]) {
    if (weight > (bestWeight.get(key) ?? 0)) {
      bestWeight.set(key, weight);
      SECTOR_OF.set(key, sector.label);
    }
  }
}

export interface WorkHistory {
  preferredOccupations: string[];
  experiences: Experience[];
  skills: Skill[];
}

export function workHistory(rng: Rng, person: DemoPerson): WorkHistory {
  const mix = PERSONAS[person.persona].occupations[person.gender];
  const preferred = new Set<OccupationKey>();
  const wanted = 1 + rng.weightedIndex([4, 4, 2]);
  while (preferred.size < wanted) preferred.add(rng.choose(mix));

  const experiences: Experience[] = [];
  const skills = new Map<string, Skill>();
  const workingMonths = Math.max(0, (person.age - 16) * 12);
  const jobs = workingMonths < 6 ? 0 : rng.weightedIndex([25, 40, 25, 10]);
  for (let i = 0; i < jobs; i += 1) {
    const key = rng.chance(0.7) ? rng.pick([...preferred]) : rng.choose(mix);
    const occupation = OCCUPATIONS[key];
    for (const skill of occupation.skills) if (rng.chance(0.5)) skills.set(skill.code, skill);
    experiences.push({
      occupationCode: occupation.code,
      occupationText: occupation.label,
      months: rng.int(2, Math.min(120, workingMonths)),
      sector: SECTOR_OF.get(key),
    });
  }

  return {
    preferredOccupations: [...preferred].map((key) => OCCUPATIONS[key].code),
    experiences,
    skills: [...skills.values()],
  };
}

const CONTRACT_PREFERENCES: Weights<ContractType> = {
  'A.01.00': 5,
  'A.02.00': 4,
  'C.01.00': 2,
  TIROCINIO_INCLUSIONE: 2,
  'A.05.02': 1,
};

export function preferredContracts(rng: Rng): ContractType[] {
  const count = rng.weightedIndex([4, 4, 2]);
  const chosen = new Set<ContractType>();
  while (chosen.size < count) chosen.add(rng.choose(CONTRACT_PREFERENCES));
  return [...chosen];
}

export function availability(rng: Rng, persona: PersonaKey): TimeWindow[] | null {
  const choice = rng.choose(PERSONAS[persona].availability);
  return choice === 'ANY' ? null : AVAILABILITY_PATTERNS[choice];
}

/** With a car people go up to 40 km; on foot and by bus, as far as their persona usually goes. */
export function maxTravelKm(rng: Rng, persona: PersonaKey, licences: readonly string[]): number {
  const { min, max } = PERSONAS[persona].travelKm;
  const drives = licences.includes('B') && rng.chance(0.7);
  const km = drives ? rng.float(15, 40) : rng.float(min, max);
  return Math.round(km * 2) / 2;
}

/**
 * Where the person may work (a court's prescriptions, a protection plan; reason not kept): most often
 * a circle around home, for some people in the justice system only their home municipality.
 */
export function allowedArea(
  rng: Rng,
  persona: PersonaKey,
  home: GeoPoint,
  homeMunicipalityCode: string,
): AllowedArea | null {
  const chance = persona === 'JUSTICE' ? 0.4 : persona === 'VIOLENCE' ? 0.1 : 0;
  if (!rng.chance(chance)) return null;
  // The same draws as a circle alone, so the rest of the generated data does not move: the
  // smaller radii of people in the justice system become their home municipality (about 3 in 10).
  const radiusKm = rng.int(5, 20);
  if (persona === 'JUSTICE' && radiusKm < 10) return { municipalityCodes: [homeMunicipalityCode] };
  return { lat: home.lat, lng: home.lng, radiusKm };
}

const LIMITATIONS: Partial<Record<PersonaKey, { chance: number; tasks: readonly string[] }>> = {
  DISABILITY: {
    chance: 0.6,
    tasks: ['HEAVY_LIFTING', 'PROLONGED_STANDING', 'NIGHT_WORK', 'WORK_AT_HEIGHT', 'DRIVING'],
  },
  DISADVANTAGED: {
    chance: 0.5,
    tasks: ['NIGHT_WORK', 'CUSTOMER_CONTACT', 'CASH_HANDLING', 'DRIVING', 'MACHINERY'],
  },
  JUSTICE: { chance: 0.2, tasks: ['CASH_HANDLING', 'DRIVING'] },
};

/** Task codes the person must not be given; the reason stays in the sensitive record. */
export function taskLimitations(rng: Rng, persona: PersonaKey): string[] {
  const rule = LIMITATIONS[persona] ?? { chance: 0.03, tasks: ['HEAVY_LIFTING'] };
  return rng.chance(rule.chance) ? rng.sample(rule.tasks, rng.int(1, 2)) : [];
}

export function pathwayStatus(rng: Rng): PathwayStatus {
  return rng.choose({
    IN_CHARGE: 25,
    ORIENTATION: 20,
    TRAINING: 15,
    INTERNSHIP: 12,
    EMPLOYED: 13,
    CLOSED: 15,
  });
}
