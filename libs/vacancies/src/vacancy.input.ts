import type { CefrLevel, ContractType, L68Category, TimeWindow } from '#libs/kernel';
import type {
  InitialVacancyStatus,
  SettableVacancyStatus,
  VacancySource,
} from './vacancy-status.rules.js';

/** A required skill as entered: a taxonomy code, free text, or both. */
export interface RequiredSkillInput {
  code?: string | null;
  text?: string | null;
}

/**
 * A vacancy as a consultant enters it. The occupation is a taxonomy code, free text, or both: free
 * text alone is looked up in the vocabulary ('badante' becomes 5.5.2.3.0) and kept as written.
 */
export interface VacancyInput {
  companyId: string;
  siteId: string;
  title: string;
  description?: string;
  occupationCode?: string | null;
  occupationText?: string | null;
  requiredSkills?: RequiredSkillInput[];
  minItalianLevel: CefrLevel;
  shifts?: TimeWindow[];
  flexibleHours?: boolean;
  contractType: ContractType;
  weeklyHours?: number | null;
  positions?: number;
  reservedL68?: L68Category | null;
  /** Defaults to the company's km-zero flag. */
  kmZero?: boolean;
  adultsOnly?: boolean;
  requiredLicences?: string[];
  tasks?: string[];
  source: VacancySource;
  /** Defaults to OPEN. */
  status?: InitialVacancyStatus;
  /** Defaults to today (Europe/Rome). */
  publishedAt?: string;
  expiresAt?: string | null;
  startDate?: string | null;
}

/**
 * PATCH: fields left out stay as they are; a vacancy does not change company (its site may change
 * within the company). `version`, when given, must be the one the client read.
 */
export type VacancyPatch = Partial<Omit<VacancyInput, 'companyId' | 'status'>> & {
  status?: SettableVacancyStatus;
  version?: number;
};

/** Fields that may be cleared with null; any other field sent as null is an error. */
export const NULLABLE_VACANCY_FIELDS: readonly string[] = [
  'occupationCode',
  'occupationText',
  'weeklyHours',
  'reservedL68',
  'expiresAt',
  'startDate',
];
