/**
 * The sectors where the cooperatives place people (domain.md), each with the ATECO codes of the
 * companies in it and the ISTAT CP2021 occupations of the people it hires. The priority list uses
 * it to tell whether a candidate "fits what the company does". It is a heuristic of the project, not
 * an official correspondence: an occupation may serve several sectors (a packer works in logistics,
 * retail and manufacturing).
 *
 * ATECO prefixes match by plain prefix ('81.2' covers the classes 81.21, 81.22, 81.29); occupation
 * prefixes match whole levels ('8.1.3' covers 8.1.3.1.0 and 8.1.3.2.0, not 8.1.31).
 */
export const SCOUTING_SECTORS = {
  RESTAURANTS: {
    label: 'Ristorazione',
    ateco: ['56'],
    occupations: ['5.2.2.1', '5.2.2.2', '5.2.2.3.2', '5.2.2.4', '8.1.4.2'],
  },
  HOSPITALITY: {
    label: 'Alberghiero',
    ateco: ['55'],
    occupations: ['5.2.2.3', '5.2.2.2', '8.1.4.2', '8.1.4.1'],
  },
  CLEANING: {
    label: 'Pulizie e servizi agli edifici',
    ateco: ['81.1', '81.2'],
    occupations: ['8.1.4', '8.2.2.1', '5.2.2.3.1'],
  },
  GREEN_MAINTENANCE: {
    label: 'Manutenzione del verde',
    ateco: ['81.3'],
    occupations: ['8.3.1.2', '6.4.1'],
  },
  CARE: {
    label: 'Assistenza e servizi di cura',
    ateco: ['86', '87', '88', '97'],
    occupations: ['5.5.2', '5.3.1', '8.2.2.1'],
  },
  LOGISTICS: {
    label: 'Logistica e facchinaggio',
    ateco: ['49', '52', '53'],
    occupations: ['4.3.1.2', '8.1.3', '7.4.4'],
  },
  RETAIL: {
    label: 'Commercio',
    ateco: ['45', '46', '47'],
    occupations: ['5.1.2', '8.1.3.2', '4.3.1.2'],
  },
  AGRICULTURE: {
    label: 'Agricoltura',
    ateco: ['01', '02', '03'],
    occupations: ['8.3.1', '6.4'],
  },
  MANUFACTURING: {
    label: 'Manifattura',
    ateco: Array.from({ length: 24 }, (_, i) => String(10 + i)),
    occupations: ['7.2', '7.3', '8.4', '6.5', '8.1.3.2'],
  },
} as const satisfies Record<
  string,
  { label: string; ateco: readonly string[]; occupations: readonly string[] }
>;

export type ScoutingSector = keyof typeof SCOUTING_SECTORS;
export const SCOUTING_SECTOR_KEYS = Object.keys(SCOUTING_SECTORS) as ScoutingSector[];

export interface PrefixRow {
  prefix: string;
  sector: ScoutingSector;
}

/** Every ATECO prefix with its sector, longest first so the most specific wins. */
export const ATECO_PREFIXES: readonly PrefixRow[] = SCOUTING_SECTOR_KEYS.flatMap((sector) =>
  SCOUTING_SECTORS[sector].ateco.map((prefix) => ({ prefix, sector })),
).sort((a, b) => b.prefix.length - a.prefix.length);

/** Every occupation prefix with each sector that hires it. */
export const OCCUPATION_PREFIXES: readonly PrefixRow[] = SCOUTING_SECTOR_KEYS.flatMap((sector) =>
  SCOUTING_SECTORS[sector].occupations.map((prefix) => ({ prefix, sector })),
);

/** The sector of a company by its ATECO code, or null when the code is missing or elsewhere. */
export function sectorOfAteco(atecoCode: string | null | undefined): ScoutingSector | null {
  if (!atecoCode) return null;
  return ATECO_PREFIXES.find((row) => atecoCode.startsWith(row.prefix))?.sector ?? null;
}

function occupationMatches(code: string, prefix: string): boolean {
  return code === prefix || code.startsWith(`${prefix}.`);
}

/** The sectors that hire an occupation (ISTAT CP2021 code); free text matches none. */
export function sectorsOfOccupation(code: string | null | undefined): ScoutingSector[] {
  if (!code) return [];
  const sectors = OCCUPATION_PREFIXES.filter((row) => occupationMatches(code, row.prefix)).map(
    (row) => row.sector,
  );
  return [...new Set(sectors)];
}

/** The occupation codes and prefixes a company of this ATECO code typically hires. */
export function occupationsForAteco(atecoCode: string | null | undefined): readonly string[] {
  const sector = sectorOfAteco(atecoCode);
  return sector ? SCOUTING_SECTORS[sector].occupations : [];
}

/**
 * How much a nearby registered candidate weighs in a company's score: the company's sector among
 * the occupations they want, among those they have done, no occupation stated (might fit), or a
 * different trade. A company without a known sector weighs everyone as "might fit".
 */
export const FIT_WEIGHTS = {
  PREFERRED: 1,
  EXPERIENCED: 0.8,
  UNSTATED: 0.3,
  OTHER: 0.1,
} as const;
export type FitKind = keyof typeof FIT_WEIGHTS;

export function fitOf(
  companySector: ScoutingSector | null,
  candidate: { preferredOccupations: readonly string[]; experienceOccupations: readonly string[] },
): FitKind {
  const preferred = candidate.preferredOccupations.flatMap(sectorsOfOccupation);
  const experienced = candidate.experienceOccupations.flatMap(sectorsOfOccupation);
  if (companySector === null) return 'UNSTATED';
  if (preferred.includes(companySector)) return 'PREFERRED';
  if (experienced.includes(companySector)) return 'EXPERIENCED';
  if (candidate.preferredOccupations.length + candidate.experienceOccupations.length === 0) {
    return 'UNSTATED';
  }
  return 'OTHER';
}
