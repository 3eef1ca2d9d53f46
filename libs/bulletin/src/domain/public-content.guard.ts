/**
 * A bulletin goes to many readers and is pinned to notice boards: it carries vacancies, courses and
 * services, never data about a person (domain.md, "Sensitive data"). These are the field names that
 * would describe a candidate. Every item type extends `NoPersonalFields`, so adding one of them to
 * an item type fails to compile where the type is declared, and an object typed with one of them
 * (a candidate profile, a match row) cannot be passed where an item is expected.
 *
 * This is the first line only: the composer also copies items field by field, so keys that slip
 * past the types at run time are left behind.
 */
export const PERSONAL_FIELD_NAMES = [
  'candidateId',
  'candidateName',
  'personId',
  'firstName',
  'lastName',
  'fullName',
  'fiscalCode',
  'birthDate',
  'gender',
  'nationality',
  'homeAddress',
  'targetGroups',
  'disabilityPercent',
  'l68Category',
  'residencePermit',
  'caseNotes',
  'matchScore',
] as const;

export type PersonalFieldName = (typeof PERSONAL_FIELD_NAMES)[number];

export type NoPersonalFields = { readonly [K in PersonalFieldName]?: never };
