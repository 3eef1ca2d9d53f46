import type { CefrLevel } from '#libs/kernel';
import { STARTER_OCCUPATIONS, STARTER_SKILLS } from '#libs/taxonomy';
import type { Weights } from './prng.js';
import type { ShiftPattern } from './time-patterns.js';

/**
 * The occupations the demo places people in, keyed by the ISTAT CP2021 codes of the matching
 * taxonomy (libs/matching/src/taxonomy). Labels, default Italian levels and typical tasks come from
 * there; the fallbacks below keep the demo working if the taxonomy renames or drops an entry.
 */
const FALLBACKS = {
  CLEANER: ['8.1.4.3.0', 'Addetto alle pulizie', 'A1'],
  ROOM_ATTENDANT: ['5.2.2.3.1', 'Cameriere ai piani', 'A2'],
  WAITER: ['5.2.2.3.2', 'Cameriere di sala', 'B1'],
  BARISTA: ['5.2.2.4.0', 'Barista', 'B1'],
  COOK: ['5.2.2.1.0', 'Cuoco', 'A2'],
  KITCHEN_ASSISTANT: ['5.2.2.2.1', 'Aiuto cuoco', 'A2'],
  DISHWASHER: ['8.1.4.2.0', 'Lavapiatti', 'PRE_A1'],
  FAMILY_CARER: ['5.5.2.3.0', 'Assistente familiare', 'B1'],
  DOMESTIC_WORKER: ['8.2.2.1.0', 'Colf (collaboratore domestico)', 'A2'],
  BABY_SITTER: ['5.5.2.2.0', 'Baby sitter', 'B1'],
  WAREHOUSE_WORKER: ['4.3.1.2.0', 'Magazziniere', 'A2'],
  PORTER: ['8.1.3.1.0', 'Facchino', 'A1'],
  FORKLIFT_DRIVER: ['7.4.4.4.0', 'Mulettista', 'A2'],
  PACKER: ['8.1.3.2.0', "Addetto all'imballaggio e al magazzino", 'A1'],
  SHOP_ASSISTANT: ['5.1.2.2.0', 'Commesso', 'B1'],
  CASHIER: ['5.1.2.4.0', 'Cassiere', 'B1'],
  FARM_WORKER: ['8.3.1.1.0', 'Bracciante agricolo', 'PRE_A1'],
  GARDENER: ['8.3.1.2.0', 'Giardiniere (manutenzione del verde)', 'A2'],
  ASSEMBLER: ['7.2.7.9.0', 'Operaio addetto al montaggio', 'A2'],
  PRODUCTION_WORKER: ['8.4.3.1.0', 'Operaio generico di produzione', 'A1'],
  PACKAGING_OPERATOR: ['7.2.8.1.0', 'Addetto alle macchine confezionatrici', 'A2'],
} as const satisfies Record<string, readonly [string, string, CefrLevel]>;

export type OccupationKey = keyof typeof FALLBACKS;

/** Skill codes of the matching taxonomy that people in the job have and ads ask for. */
const SKILLS: Record<OccupationKey, readonly string[]> = {
  CLEANER: ['CLEANING_MACHINES', 'SAFETY_TRAINING'],
  ROOM_ATTENDANT: ['CLEANING_MACHINES', 'IRONING'],
  WAITER: ['TABLE_SERVICE', 'HACCP', 'CASH_REGISTER'],
  BARISTA: ['COFFEE_BAR', 'HACCP', 'CASH_REGISTER'],
  COOK: ['HACCP', 'MEAL_PREPARATION'],
  KITCHEN_ASSISTANT: ['HACCP', 'MEAL_PREPARATION'],
  DISHWASHER: ['HACCP'],
  FAMILY_CARER: ['PERSONAL_CARE', 'PATIENT_HANDLING', 'MEAL_PREPARATION', 'FIRST_AID'],
  DOMESTIC_WORKER: ['IRONING', 'MEAL_PREPARATION'],
  BABY_SITTER: ['CHILDCARE', 'FIRST_AID'],
  WAREHOUSE_WORKER: ['BARCODE_SCANNER', 'SAFETY_TRAINING', 'FORKLIFT_LICENCE'],
  PORTER: ['SAFETY_TRAINING'],
  FORKLIFT_DRIVER: ['FORKLIFT_LICENCE', 'SAFETY_TRAINING', 'BARCODE_SCANNER'],
  PACKER: ['PACKING', 'BARCODE_SCANNER'],
  SHOP_ASSISTANT: ['CASH_REGISTER'],
  CASHIER: ['CASH_REGISTER'],
  FARM_WORKER: ['HARVESTING'],
  GARDENER: ['GARDEN_TOOLS', 'SAFETY_TRAINING'],
  ASSEMBLER: ['MANUAL_ASSEMBLY', 'SAFETY_TRAINING'],
  PRODUCTION_WORKER: ['MANUAL_ASSEMBLY', 'PACKING'],
  PACKAGING_OPERATOR: ['PACKING', 'SAFETY_TRAINING'],
};

/** The timetables each job is advertised with, by how often they appear. */
const SHIFTS: Record<OccupationKey, Weights<ShiftPattern>> = {
  CLEANER: { CLEANING_DAWN: 4, CLEANING_EVENING: 4, CLEANING_MORNING: 2 },
  ROOM_ATTENDANT: { HOTEL_ROOMS: 1 },
  WAITER: { KITCHEN_EVENING: 4, KITCHEN_SPLIT: 3, KITCHEN_LUNCH: 2 },
  BARISTA: { BAR_MORNING: 5, BAR_EVENING: 3 },
  COOK: { KITCHEN_SPLIT: 4, KITCHEN_EVENING: 3, CANTEEN_DAY: 3 },
  KITCHEN_ASSISTANT: { KITCHEN_EVENING: 3, KITCHEN_SPLIT: 3, CANTEEN_DAY: 4 },
  DISHWASHER: { KITCHEN_EVENING: 5, KITCHEN_SPLIT: 2, CANTEEN_DAY: 3 },
  FAMILY_CARER: { CARE_LIVE_IN: 3, CARE_DAY: 4, CARE_VISITS: 3, CARE_HOME_NIGHT: 2 },
  DOMESTIC_WORKER: { HOUSEWORK_MORNING: 3, CARE_DAY: 1 },
  BABY_SITTER: { CHILDCARE_AFTERNOON: 3, HOUSEWORK_MORNING: 1 },
  WAREHOUSE_WORKER: { WAREHOUSE_MORNING: 3, WAREHOUSE_AFTERNOON: 3, WAREHOUSE_NIGHT: 2 },
  PORTER: { WAREHOUSE_MORNING: 3, WAREHOUSE_NIGHT: 2, WAREHOUSE_AFTERNOON: 2 },
  FORKLIFT_DRIVER: { WAREHOUSE_MORNING: 3, WAREHOUSE_AFTERNOON: 3, WAREHOUSE_NIGHT: 3 },
  PACKER: { WAREHOUSE_DAY: 3, WAREHOUSE_MORNING: 3, WAREHOUSE_AFTERNOON: 2 },
  SHOP_ASSISTANT: { RETAIL_SPLIT: 5, RETAIL_MORNING: 2, RETAIL_WEEKEND: 2 },
  CASHIER: { RETAIL_SPLIT: 3, RETAIL_MORNING: 3, RETAIL_WEEKEND: 2 },
  FARM_WORKER: { FIELD_SEASON: 1 },
  GARDENER: { GREEN_DAY: 1 },
  ASSEMBLER: { FACTORY_DAY: 3, FACTORY_MORNING: 3, FACTORY_AFTERNOON: 2, FACTORY_NIGHT: 1 },
  PRODUCTION_WORKER: { FACTORY_DAY: 3, FACTORY_MORNING: 3, FACTORY_NIGHT: 2 },
  PACKAGING_OPERATOR: { FACTORY_MORNING: 3, FACTORY_AFTERNOON: 3, FACTORY_NIGHT: 2 },
};

/** The jobs people of each background most often look for and get, by gender where it differs. */
export const CARE_AND_CLEANING: Weights<OccupationKey> = {
  FAMILY_CARER: 5,
  DOMESTIC_WORKER: 4,
  CLEANER: 5,
  BABY_SITTER: 2,
  KITCHEN_ASSISTANT: 2,
  ROOM_ATTENDANT: 2,
  SHOP_ASSISTANT: 1,
  CASHIER: 1,
};
export const MANUAL_WORK: Weights<OccupationKey> = {
  WAREHOUSE_WORKER: 4,
  PORTER: 4,
  PRODUCTION_WORKER: 3,
  DISHWASHER: 3,
  FARM_WORKER: 2,
  GARDENER: 2,
  PACKER: 3,
  KITCHEN_ASSISTANT: 2,
  CLEANER: 2,
};
export const SHELTERED_WORK: Weights<OccupationKey> = {
  PACKER: 5,
  PRODUCTION_WORKER: 4,
  CLEANER: 4,
  GARDENER: 3,
  DISHWASHER: 2,
  WAREHOUSE_WORKER: 2,
  CASHIER: 1,
  SHOP_ASSISTANT: 1,
};
export const YOUNG_JOBS: Weights<OccupationKey> = {
  WAITER: 4,
  BARISTA: 3,
  SHOP_ASSISTANT: 3,
  CASHIER: 2,
  WAREHOUSE_WORKER: 3,
  ASSEMBLER: 2,
  KITCHEN_ASSISTANT: 2,
  FORKLIFT_DRIVER: 1,
};

export interface DemoOccupation {
  key: OccupationKey;
  code: string;
  label: string;
  minItalian: CefrLevel;
  tasks: readonly string[];
  skills: readonly { code: string; label: string }[];
  shifts: Weights<ShiftPattern>;
}

const SKILL_LABELS = new Map(STARTER_SKILLS.map((skill) => [skill.code, skill.label]));

function resolve(key: OccupationKey): DemoOccupation {
  const [code, label, minItalian] = FALLBACKS[key];
  const entry = STARTER_OCCUPATIONS.find((occupation) => occupation.code === code);
  return {
    key,
    code,
    label: entry?.label ?? label,
    minItalian: entry?.defaultMinItalianLevel ?? minItalian,
    tasks: entry?.typicalTasks ?? [],
    skills: SKILLS[key].map((skill) => ({ code: skill, label: SKILL_LABELS.get(skill) ?? skill })),
    shifts: SHIFTS[key],
  };
}

export const OCCUPATION_KEYS = Object.keys(FALLBACKS) as OccupationKey[];
export const OCCUPATIONS = Object.fromEntries(
  OCCUPATION_KEYS.map((key) => [key, resolve(key)]),
) as Record<OccupationKey, DemoOccupation>;
