import type { ContractType } from '#libs/kernel';
import type { OccupationKey } from './occupations.js';
import type { Weights } from './prng.js';

/**
 * The sectors where the cooperatives place people (domain.md), with their ATECO codes, the jobs
 * they advertise and how their firms usually look. Shares are rough figures for Lombardy's small
 * and medium firms in these sectors, not statistics.
 */
export type SectorKey =
  | 'RESTAURANTS'
  | 'CLEANING'
  | 'CARE'
  | 'LOGISTICS'
  | 'RETAIL'
  | 'AGRICULTURE'
  | 'MANUFACTURING'
  | 'HOSPITALITY';

export interface Sector {
  /** The sector as tutors name it, for experiences. */
  label: string;
  /** Share of the demo's companies. */
  share: number;
  ateco: Weights<string>;
  occupations: Weights<OccupationKey>;
  /** Multiplies the chance of a firm with 15 or more employees (1 = the regional mix). */
  largeFirmBias: number;
  /** How often an ad asks for a car licence (home visits, fields, deliveries). */
  carLicence: number;
  /** Contract mix when it differs from the general one. */
  contracts?: Weights<ContractType>;
}

export const DEFAULT_CONTRACTS: Weights<ContractType> = {
  'A.02.00': 40,
  'A.01.00': 18,
  'C.01.00': 10,
  'A.05.02': 6,
  'A.03.09': 6,
  'A.06.01': 6,
  TIROCINIO_INCLUSIONE: 5,
  'A.06.00': 2,
  PRESTO: 2,
  BORSA_LAVORO: 2,
  'C.02.00': 1,
};

export const SECTORS: Record<SectorKey, Sector> = {
  RESTAURANTS: {
    label: 'Ristorazione',
    share: 20,
    ateco: { '56.10.11': 6, '56.30.00': 5, '56.29.10': 2, '56.29.20': 1, '56.21.00': 1 },
    occupations: { WAITER: 4, KITCHEN_ASSISTANT: 4, DISHWASHER: 4, COOK: 2, BARISTA: 3 },
    largeFirmBias: 0.5,
    carLicence: 0.03,
    contracts: {
      'A.02.00': 40,
      'A.05.02': 14,
      'A.01.00': 12,
      'C.01.00': 12,
      'A.03.09': 8,
      TIROCINIO_INCLUSIONE: 5,
      PRESTO: 4,
      'A.03.14': 2,
    },
  },
  CLEANING: {
    label: 'Pulizie',
    share: 12,
    ateco: { '81.21.00': 8, '81.22.02': 2, '81.29.10': 1 },
    occupations: { CLEANER: 10, PORTER: 1 },
    largeFirmBias: 1.6,
    carLicence: 0.15,
  },
  CARE: {
    label: 'Assistenza familiare e servizi di cura',
    share: 10,
    ateco: { '88.10.00': 5, '87.30.00': 3, '87.10.00': 2 },
    occupations: {
      FAMILY_CARER: 6,
      DOMESTIC_WORKER: 2,
      BABY_SITTER: 1,
      CLEANER: 2,
      KITCHEN_ASSISTANT: 1,
    },
    largeFirmBias: 1.4,
    carLicence: 0.3,
    contracts: {
      'A.02.00': 38,
      'A.01.00': 28,
      'C.01.00': 10,
      TIROCINIO_INCLUSIONE: 8,
      'A.05.02': 6,
      'A.03.09': 5,
      BORSA_LAVORO: 3,
    },
  },
  LOGISTICS: {
    label: 'Logistica e facchinaggio',
    share: 12,
    ateco: { '52.10.10': 4, '52.24.40': 3, '52.29.22': 4 },
    occupations: { WAREHOUSE_WORKER: 5, PORTER: 4, FORKLIFT_DRIVER: 3, PACKER: 4 },
    largeFirmBias: 1.8,
    carLicence: 0.12,
    contracts: {
      'A.02.00': 35,
      'A.06.01': 18,
      'A.01.00': 14,
      'C.01.00': 10,
      'A.06.00': 6,
      'A.05.02': 5,
      TIROCINIO_INCLUSIONE: 4,
    },
  },
  RETAIL: {
    label: 'Commercio',
    share: 18,
    ateco: {
      '47.11.20': 4,
      '47.11.40': 4,
      '47.11.10': 1,
      '47.21.01': 2,
      '47.24.10': 2,
      '47.71.10': 2,
    },
    occupations: { SHOP_ASSISTANT: 5, CASHIER: 4, PACKER: 2, WAREHOUSE_WORKER: 1 },
    largeFirmBias: 0.9,
    carLicence: 0.03,
  },
  AGRICULTURE: {
    label: 'Agricoltura e manutenzione del verde',
    share: 8,
    ateco: { '01.13.10': 3, '01.21.00': 2, '01.24.00': 2, '01.61.00': 1, '81.30.00': 3 },
    occupations: { FARM_WORKER: 6, GARDENER: 4 },
    largeFirmBias: 0.4,
    carLicence: 0.2,
    contracts: {
      'A.02.00': 65,
      PRESTO: 10,
      'C.01.00': 8,
      TIROCINIO_INCLUSIONE: 8,
      'A.01.00': 6,
      'A.03.14': 3,
    },
  },
  MANUFACTURING: {
    label: 'Manifattura',
    share: 15,
    ateco: {
      '10.71.10': 3,
      '10.13.00': 2,
      '22.22.00': 2,
      '25.62.00': 3,
      '17.21.00': 2,
      '13.92.10': 1,
      '27.90.09': 1,
    },
    occupations: {
      ASSEMBLER: 4,
      PRODUCTION_WORKER: 5,
      PACKAGING_OPERATOR: 3,
      PACKER: 2,
      WAREHOUSE_WORKER: 1,
    },
    largeFirmBias: 1.5,
    carLicence: 0.04,
  },
  HOSPITALITY: {
    label: 'Alberghiero',
    share: 5,
    ateco: { '55.10.00': 1 },
    occupations: { ROOM_ATTENDANT: 5, WAITER: 2, KITCHEN_ASSISTANT: 2, DISHWASHER: 1 },
    largeFirmBias: 0.8,
    carLicence: 0.02,
  },
};

export const SECTOR_SHARES: Weights<SectorKey> = Object.fromEntries(
  Object.entries(SECTORS).map(([key, sector]) => [key, sector.share]),
);
