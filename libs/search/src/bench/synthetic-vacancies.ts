import { CEFR_LEVELS, CONTRACT_TYPES } from '#libs/kernel';
import type { VacancyDocument } from '../search-documents.types.js';
import {
  COMPANY_KINDS,
  COMPANY_NAMES,
  CONTRACTS,
  MUNICIPALITIES,
  OCCUPATIONS,
  SHIFTS,
} from './synthetic-data.js';

export { MUNICIPALITIES };

/** A small deterministic PRNG (mulberry32): the same seed gives the same vacancies on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const isoDay = (day: number) =>
  new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** One realistic open vacancy; `index` makes the id unique. */
export function syntheticVacancy(
  random: Random,
  organisationId: string,
  index: number,
): VacancyDocument {
  const [occupationCode, occupationLabel, titles, skills] = pick(random, OCCUPATIONS);
  const [code, name, province, lat, lng] = pick(random, MUNICIPALITIES);
  const contractType = pick(random, CONTRACTS);
  const published = Math.floor(random() * 700);
  const title = pick(random, titles);
  return {
    id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    organisationId,
    title,
    description: `${title} a ${name}, ${pick(random, SHIFTS)}. Si richiede ${pick(random, skills)}.`,
    occupationCode,
    occupationLabel,
    occupationSynonyms: [...titles],
    skills: skills.filter(() => random() < 0.6),
    companyName: `${pick(random, COMPANY_KINDS)} ${pick(random, COMPANY_NAMES)}`,
    municipalityCode: code,
    municipalityName: name,
    provinceCode: province,
    contractType,
    contractLabel: CONTRACT_TYPES[contractType],
    kmZero: random() < 0.2,
    reservedL68: random() < 0.1 ? pick(random, ['DISABILITY', 'ART18'] as const) : null,
    minItalianLevel: pick(random, CEFR_LEVELS.slice(0, 6)),
    publishedAt: isoDay(published),
    expiresAt: random() < 0.7 ? isoDay(published + 60) : null,
    status: 'OPEN',
    location: {
      lat: clamp(lat + (random() - 0.5) * 0.06, 45.0, 46.5),
      lng: clamp(lng + (random() - 0.5) * 0.08, 8.5, 11.3),
    },
  };
}
