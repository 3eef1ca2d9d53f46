/**
 * Contract and outcome types (italian-rules.md 4.1). CO/UNILAV codes are the canonical key when the
 * outcome is communicated through the Comunicazioni Obbligatorie; the others are Incrocio's own codes.
 */
export const CONTRACT_TYPES = {
  'A.01.00': 'Tempo indeterminato',
  'A.02.00': 'Tempo determinato',
  'A.03.08': 'Apprendistato di I livello (qualifica/diploma)',
  'A.03.09': 'Apprendistato professionalizzante',
  'A.03.10': 'Apprendistato di alta formazione e ricerca',
  'A.03.14': 'Apprendistato stagionale',
  'A.05.02': 'Lavoro intermittente',
  'A.06.00': 'Somministrazione a tempo indeterminato',
  'A.06.01': 'Somministrazione a tempo determinato',
  'A.08.02': 'Lavoro a domicilio',
  'B.02.00': 'Lavoro autonomo occasionale',
  'C.01.00': 'Tirocinio extracurricolare',
  'C.02.00': 'Tirocinio estivo di orientamento',
  TIROCINIO_INCLUSIONE: 'Tirocinio di inclusione',
  PRESTO: 'Prestazione occasionale (PrestO)',
  LIBRETTO_FAMIGLIA: 'Libretto Famiglia',
  BORSA_LAVORO: 'Borsa lavoro',
} as const;

export type ContractType = keyof typeof CONTRACT_TYPES;
export const CONTRACT_TYPE_CODES = Object.keys(CONTRACT_TYPES) as ContractType[];

export const INTERNSHIP_TYPES: readonly ContractType[] = [
  'C.01.00',
  'C.02.00',
  'TIROCINIO_INCLUSIONE',
];

export function isInternship(type: ContractType): boolean {
  return INTERNSHIP_TYPES.includes(type);
}
