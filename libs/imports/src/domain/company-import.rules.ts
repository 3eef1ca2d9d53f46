import { isValidVatNumber, normaliseVatNumber } from '#libs/kernel';
import { parseInteger, parseYesNo } from './cell.parsers.js';
import { type CheckedRow, type ImportField, RowReader } from './import-field.types.js';
import type { RowValues } from './import.types.js';
import type { Gazetteer } from './municipality-place.rules.js';

export const COMPANY_IMPORT_FIELDS: readonly ImportField[] = [
  {
    key: 'sourceId',
    label: 'ID di origine',
    required: true,
    aliases: ['id', 'codice', 'numero rea', 'rea'],
  },
  { key: 'name', label: 'Ragione sociale', required: true, aliases: ['denominazione', 'nome'] },
  { key: 'vatNumber', label: 'Partita IVA', required: true, aliases: ['p iva', 'piva'] },
  { key: 'address', label: 'Indirizzo', required: true, aliases: ['indirizzo sede', 'via'] },
  {
    key: 'municipality',
    label: 'Comune',
    required: true,
    aliases: ['comune sede', 'codice istat'],
  },
  { key: 'province', label: 'Provincia', required: false, aliases: ['prov', 'sigla provincia'] },
  { key: 'atecoCode', label: 'Codice ATECO', required: false, aliases: ['ateco'] },
  {
    key: 'headcount',
    label: 'Addetti',
    required: false,
    aliases: ['dipendenti', 'numero addetti'],
  },
  { key: 'kmZero', label: 'Km zero', required: false, aliases: [] },
];

/** The fields of a company input an import fills (the owner's CompanyInput, structurally). */
export interface ImportedCompany {
  name: string;
  vatNumber: string;
  atecoCode?: string;
  headcount?: number;
  kmZero?: boolean;
  sites: Array<{ address: string; municipalityCode: string; legalSeat: true }>;
}

export function checkCompanyRow(
  values: RowValues,
  gazetteer: Gazetteer,
): CheckedRow<ImportedCompany> {
  const row = new RowReader(values, COMPANY_IMPORT_FIELDS);
  const name = row.text('name');
  const vatNumber = row.read('vatNumber', (text) =>
    isValidVatNumber(normaliseVatNumber(text))
      ? { value: normaliseVatNumber(text) }
      : { problem: 'partita IVA non valida (11 cifre con la cifra di controllo)' },
  );
  const address = row.text('address');
  const province = row.text('province');
  const municipality = row.read('municipality', (text) => gazetteer.place(text, province));
  const atecoCode = row.text('atecoCode');
  const headcount = row.read('headcount', (text) => parseInteger(text, 0, 1_000_000));
  const kmZero = row.read('kmZero', parseYesNo);
  return row.result(() => ({
    name: name!,
    vatNumber: vatNumber!,
    sites: [
      { address: address!, municipalityCode: municipality!.istatCode, legalSeat: true as const },
    ],
    ...(atecoCode ? { atecoCode } : {}),
    ...(headcount !== undefined ? { headcount } : {}),
    ...(kmZero !== undefined ? { kmZero } : {}),
  }));
}
