import { COMPANY_MANAGERS, COMPANY_READERS } from '#libs/companies';

/** Whoever keeps a company's record keeps its vacancies. */
export const VACANCY_MANAGERS = COMPANY_MANAGERS;
export const VACANCY_READERS = COMPANY_READERS;
