import { COMPANY_IMPORT_FIELDS } from './company-import.rules.js';
import type { ImportField } from './import-field.types.js';
import type { ImportKind } from './import.types.js';
import { PEOPLE_IMPORT_FIELDS } from './people-import.rules.js';
import { VACANCY_IMPORT_FIELDS } from './vacancy-import.rules.js';

/** The fields of each kind of import, in the order a mapping form shows them. */
export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  vacancies: VACANCY_IMPORT_FIELDS,
  companies: COMPANY_IMPORT_FIELDS,
  people: PEOPLE_IMPORT_FIELDS,
};
