import type { Role } from '#libs/platform';
import { COMPANY_MANAGERS, COMPANY_READERS } from '#libs/companies';

/** Whoever keeps a company's record keeps its vacancies. */
export const VACANCY_MANAGERS = COMPANY_MANAGERS;
export const VACANCY_READERS = COMPANY_READERS;

/** Who publishes a vacancy to the organisation's networks and withdraws it: its consultants and coordinators. */
export const VACANCY_PUBLISHERS = ['coordinator', 'consultant'] as const satisfies Role[];
