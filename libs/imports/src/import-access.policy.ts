import { CANDIDATE_CREATORS } from '#libs/candidates';
import { COMPANY_MANAGERS } from '#libs/companies';
import type { Role } from '#libs/platform';
import { VACANCY_MANAGERS } from '#libs/vacancies';
import type { ImportKind } from './domain/import.types.js';

/** Who may import (and read the imports of) each kind: those who may create its records. */
export const IMPORTERS: Record<ImportKind, readonly Role[]> = {
  vacancies: VACANCY_MANAGERS,
  companies: COMPANY_MANAGERS,
  people: CANDIDATE_CREATORS,
};

export const ANY_IMPORTER: readonly Role[] = [...new Set(Object.values(IMPORTERS).flat())];

export function mayImport(role: Role, kind: ImportKind): boolean {
  return IMPORTERS[kind].includes(role);
}
