import type { ContractType } from '#libs/kernel';
import type { VacancyStatus } from './vacancy-status.rules.js';

export const VACANCY_SORT_FIELDS = [
  'publishedAt',
  'expiresAt',
  'title',
  'createdAt',
  'updatedAt',
] as const;

/** ANY: reserved under Law 68 in either category; NONE: open to everybody. */
export const RESERVED_L68_FILTERS = ['DISABILITY', 'ART18', 'ANY', 'NONE'] as const;
export type ReservedL68Filter = (typeof RESERVED_L68_FILTERS)[number];

export interface VacancyFilter {
  /** Part of the title or of the occupation text, accents and case ignored. */
  q?: string;
  status?: VacancyStatus[];
  contractType?: ContractType[];
  kmZero?: boolean;
  reservedL68?: ReservedL68Filter;
  companyId?: string;
  municipalityCode?: string;
  provinceCode?: string;
  /** An ISTAT unit ('5.5.2.3.0') or a whole group ('5.2.2': all restaurant jobs). */
  occupationCode?: string;
  /** Published on or after this date. */
  publishedSince?: string;
  /** false (the default): vacancies not archived; true: archived ones only. */
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}
