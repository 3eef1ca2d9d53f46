import { ageOn, type IsoDate, TARGET_GROUPS, type TargetGroup } from '#libs/kernel';
import { ATECO_SECTIONS, atecoSectionOf, UNKNOWN_SECTOR_LABEL } from './ateco-sections.js';
import type { PersonFact } from './report-facts.types.js';

/** The breakdowns of the report, with their Italian names. */
export const DIMENSIONS = {
  SEX: 'Sesso',
  AGE_BAND: 'Fascia d’età',
  TARGET_GROUP: 'Gruppo target',
  MUNICIPALITY: 'Comune di residenza',
  DISTRICT: 'Ambito territoriale',
  CONTRACT: 'Tipo di contratto',
  SECTOR: 'Settore (sezione ATECO)',
  KM_ZERO: 'Km zero',
} as const;
export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_CODES = Object.keys(DIMENSIONS) as Dimension[];

/** Where a record falls in one breakdown: a code and its Italian label. */
export interface Cell {
  value: string;
  label: string;
}

export type Cells = Partial<Record<Dimension, Cell[]>>;

const SEXES: Record<string, string> = { F: 'Donne', M: 'Uomini', NOT_STATED: 'Non indicato' };

/** Age bands of the reports, by the age reached on the last day of the period. */
const AGE_BANDS: ReadonlyArray<{ value: string; label: string; below: number }> = [
  { value: 'UNDER_18', label: 'Meno di 18 anni', below: 18 },
  { value: '18_24', label: '18-24 anni', below: 25 },
  { value: '25_34', label: '25-34 anni', below: 35 },
  { value: '35_49', label: '35-49 anni', below: 50 },
  { value: '50_64', label: '50-64 anni', below: 65 },
  { value: '65_PLUS', label: '65 anni e oltre', below: Number.POSITIVE_INFINITY },
];

export function ageBandOf(birthDate: IsoDate, on: IsoDate): Cell {
  const age = ageOn(birthDate, on);
  const band = AGE_BANDS.find((candidate) => age < candidate.below)!;
  return { value: band.value, label: band.label };
}

/** The order of a dimension's cells in the outputs (the values listed first, the others by label). */
export function cellOrder(dimension: Dimension): string[] {
  if (dimension === 'SEX') return Object.keys(SEXES);
  if (dimension === 'AGE_BAND') return AGE_BANDS.map((band) => band.value);
  if (dimension === 'TARGET_GROUP') return [...Object.keys(TARGET_GROUPS), 'NONE'];
  if (dimension === 'SECTOR') return [...Object.keys(ATECO_SECTIONS), 'UNKNOWN'];
  if (dimension === 'KM_ZERO') return ['YES', 'NO'];
  return [];
}

export function isSensitiveCell(dimension: Dimension, value: string): boolean {
  return dimension === 'TARGET_GROUP' && TARGET_GROUPS[value as TargetGroup]?.sensitive === true;
}

/** The breakdown cells of a person, on the last day of the period. */
export function personCells(person: PersonFact, on: IsoDate): Cells {
  const sex = person.gender === 'F' || person.gender === 'M' ? person.gender : 'NOT_STATED';
  return {
    SEX: [{ value: sex, label: SEXES[sex] }],
    AGE_BAND: [ageBandOf(person.birthDate, on)],
    TARGET_GROUP:
      person.targetGroups.length === 0
        ? [{ value: 'NONE', label: 'Nessun gruppo indicato' }]
        : person.targetGroups.map((group) => ({ value: group, label: TARGET_GROUPS[group].label })),
    MUNICIPALITY: [{ value: person.municipalityCode, label: person.municipalityName }],
    DISTRICT: [
      person.district === null
        ? { value: 'NONE', label: 'Fuori dagli ambiti definiti' }
        : { value: person.district, label: person.district },
    ],
  };
}

export function sectorCell(atecoCode: string | null): Cell {
  const section = atecoSectionOf(atecoCode);
  return section === 'UNKNOWN'
    ? { value: section, label: UNKNOWN_SECTOR_LABEL }
    : { value: section, label: `${section} – ${ATECO_SECTIONS[section].label}` };
}

export function kmZeroCell(kmZero: boolean): Cell {
  return kmZero ? { value: 'YES', label: 'A km zero' } : { value: 'NO', label: 'Non a km zero' };
}
