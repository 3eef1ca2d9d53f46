import { CONTRACT_TYPES, type ContractType } from '#libs/kernel';

/** How the funders' reports group contracts (open-ended, fixed-term, apprenticeship, ...). */
export const CONTRACT_GROUPS = {
  OPEN_ENDED: 'Tempo indeterminato',
  FIXED_TERM: 'Tempo determinato',
  APPRENTICESHIP: 'Apprendistato',
  OCCASIONAL: 'Lavoro autonomo occasionale',
  VOUCHER: 'Prestazioni occasionali (PrestO, Libretto Famiglia)',
  OTHER: 'Altri contratti',
  INTERNSHIP: 'Tirocinio',
} as const;
export type ContractGroup = keyof typeof CONTRACT_GROUPS;

/** Every contract type's group: a new contract type without its group does not compile. */
const GROUP_OF: Record<ContractType, ContractGroup> = {
  'A.01.00': 'OPEN_ENDED',
  'A.02.00': 'FIXED_TERM',
  'A.03.08': 'APPRENTICESHIP',
  'A.03.09': 'APPRENTICESHIP',
  'A.03.10': 'APPRENTICESHIP',
  'A.03.14': 'APPRENTICESHIP',
  'A.05.02': 'OTHER',
  'A.06.00': 'OPEN_ENDED',
  'A.06.01': 'FIXED_TERM',
  'A.08.02': 'OTHER',
  'B.02.00': 'OCCASIONAL',
  'C.01.00': 'INTERNSHIP',
  'C.02.00': 'INTERNSHIP',
  TIROCINIO_INCLUSIONE: 'INTERNSHIP',
  PRESTO: 'VOUCHER',
  LIBRETTO_FAMIGLIA: 'VOUCHER',
  BORSA_LAVORO: 'OTHER',
};

export function contractGroupOf(type: string): ContractGroup {
  return GROUP_OF[type as ContractType] ?? 'OTHER';
}

export function contractTypeLabel(type: string): string {
  return CONTRACT_TYPES[type as ContractType] ?? type;
}
