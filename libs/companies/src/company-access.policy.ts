import type { Role } from '#libs/platform';

/** Consultants keep the company records; coordinators and admins may too. */
export const COMPANY_MANAGERS = ['admin', 'coordinator', 'consultant'] as const satisfies Role[];

/** Tutors read companies and vacancies to propose people, and change neither. */
export const COMPANY_READERS = [...COMPANY_MANAGERS, 'tutor'] as const satisfies Role[];
