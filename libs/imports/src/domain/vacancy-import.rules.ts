import {
  CEFR_LEVELS,
  type CefrLevel,
  CONTRACT_TYPE_CODES,
  type ContractType,
  isValidVatNumber,
  normaliseVatNumber,
} from '#libs/kernel';
import { parseCode, parseDate, parseDecimal, parseInteger } from './cell.parsers.js';
import { type CheckedRow, type ImportField, RowReader } from './import-field.types.js';
import type { RowValues } from './import.types.js';

export const VACANCY_IMPORT_FIELDS: readonly ImportField[] = [
  {
    key: 'sourceId',
    label: 'ID di origine',
    required: true,
    aliases: ['id', 'codice', 'codice annuncio', 'rif'],
  },
  { key: 'title', label: 'Titolo', required: true, aliases: ['titolo annuncio', 'posizione'] },
  {
    key: 'companyVat',
    label: 'Partita IVA azienda',
    required: true,
    aliases: ['partita iva', 'p iva', 'piva'],
  },
  {
    key: 'contractType',
    label: 'Contratto',
    required: true,
    aliases: ['tipo contratto', 'codice contratto'],
  },
  { key: 'minItalianLevel', label: 'Livello di italiano', required: false, aliases: ['italiano'] },
  { key: 'occupationText', label: 'Professione', required: false, aliases: ['mansione'] },
  { key: 'description', label: 'Descrizione', required: false, aliases: ['testo'] },
  { key: 'positions', label: 'Posti', required: false, aliases: ['numero posti'] },
  { key: 'weeklyHours', label: 'Ore settimanali', required: false, aliases: ['ore'] },
  { key: 'publishedAt', label: 'Pubblicata il', required: false, aliases: ['data pubblicazione'] },
  { key: 'expiresAt', label: 'Scadenza', required: false, aliases: ['scade il', 'data scadenza'] },
  { key: 'startDate', label: 'Inizio', required: false, aliases: ['data inizio'] },
];

/** The company a vacancy is placed at: the one with the VAT number, at its legal seat. */
export interface VacancyCompany {
  companyId: string;
  siteId: string;
}

/** The fields of a vacancy input an import fills (the owner's VacancyInput, structurally). */
export interface ImportedVacancy {
  companyId: string;
  siteId: string;
  title: string;
  description?: string;
  occupationText?: string;
  minItalianLevel: CefrLevel;
  contractType: ContractType;
  weeklyHours?: number;
  positions?: number;
  source: 'OPEN_MARKET';
  publishedAt?: string;
  expiresAt?: string;
  startDate?: string;
}

export function checkVacancyRow(
  values: RowValues,
  companies: ReadonlyMap<string, VacancyCompany>,
): CheckedRow<ImportedVacancy> {
  const row = new RowReader(values, VACANCY_IMPORT_FIELDS);
  const title = row.text('title');
  const vat = row.read('companyVat', (text) =>
    isValidVatNumber(normaliseVatNumber(text))
      ? { value: normaliseVatNumber(text) }
      : { problem: 'partita IVA non valida' },
  );
  const company = vat ? companies.get(vat) : undefined;
  if (vat && !company) {
    row.issue(
      'companyVat',
      "nessuna azienda dell'organizzazione con questa partita IVA: importa prima le aziende",
    );
  }
  const contractType = row.read('contractType', (text) => parseCode(text, CONTRACT_TYPE_CODES));
  const level = row.read('minItalianLevel', (text) => parseCode(text, CEFR_LEVELS));
  const occupationText = row.text('occupationText');
  const description = row.text('description');
  const positions = row.read('positions', (text) => parseInteger(text, 1, 999));
  const weeklyHours = row.read('weeklyHours', (text) => parseDecimal(text, 1, 60));
  const publishedAt = row.read('publishedAt', parseDate);
  const expiresAt = row.read('expiresAt', parseDate);
  const startDate = row.read('startDate', parseDate);
  return row.result(() => ({
    companyId: company!.companyId,
    siteId: company!.siteId,
    title: title!,
    minItalianLevel: level ?? 'A1',
    contractType: contractType!,
    source: 'OPEN_MARKET' as const,
    ...(description ? { description } : {}),
    ...(occupationText ? { occupationText } : {}),
    ...(positions !== undefined ? { positions } : {}),
    ...(weeklyHours !== undefined ? { weeklyHours } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    ...(startDate ? { startDate } : {}),
  }));
}
