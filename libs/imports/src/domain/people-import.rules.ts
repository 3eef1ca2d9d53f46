import { CEFR_LEVELS, type CefrLevel, isValidTaxCode, normaliseTaxCode } from '#libs/kernel';
import { parseCode, parseDate, parseInteger, parseYesNo } from './cell.parsers.js';
import { type CheckedRow, type ImportField, RowReader } from './import-field.types.js';
import type { RowValues } from './import.types.js';
import type { Gazetteer } from './municipality-place.rules.js';

/** The codes a caseload file may use (the candidates lib's vocabularies, passed in). */
export interface PeopleVocabulary<Basis extends string, RightToWork extends string> {
  legalBases: readonly Basis[];
  rightToWorkKinds: readonly RightToWork[];
}

export const PEOPLE_IMPORT_FIELDS: readonly ImportField[] = [
  {
    key: 'sourceId',
    label: 'ID di origine',
    required: true,
    aliases: ['id', 'numero pratica', 'codice'],
  },
  { key: 'firstName', label: 'Nome', required: true, aliases: [] },
  { key: 'lastName', label: 'Cognome', required: true, aliases: [] },
  { key: 'birthDate', label: 'Data di nascita', required: true, aliases: ['nato il', 'nata il'] },
  { key: 'taxCode', label: 'Codice fiscale', required: false, aliases: ['cf'] },
  {
    key: 'municipality',
    label: 'Comune di residenza',
    required: true,
    aliases: ['comune', 'residenza'],
  },
  { key: 'province', label: 'Provincia', required: false, aliases: ['prov'] },
  { key: 'italianLevel', label: 'Livello di italiano', required: true, aliases: ['italiano'] },
  { key: 'email', label: 'E-mail', required: false, aliases: ['email', 'posta elettronica'] },
  { key: 'phone', label: 'Telefono', required: false, aliases: ['cellulare'] },
  { key: 'maxTravelKm', label: 'Km massimi', required: false, aliases: ['distanza massima'] },
  { key: 'rightToWork', label: 'Diritto al lavoro', required: true, aliases: ['permesso'] },
  { key: 'legalBasis', label: 'Base giuridica', required: true, aliases: [] },
  {
    key: 'privacyNoticeVersion',
    label: 'Versione informativa',
    required: true,
    aliases: ['informativa'],
  },
  {
    key: 'consentGivenAt',
    label: 'Informativa data il',
    required: true,
    aliases: ['consenso dato il'],
  },
  { key: 'bulletin', label: 'Bollettino', required: false, aliases: ['consenso bollettino'] },
  { key: 'shareWithCompanies', label: 'Condivisione con le aziende', required: false, aliases: [] },
];

/** The fields of a candidate input an import fills (the owner's CandidateInput, structurally). */
export interface ImportedPerson<Basis extends string, RightToWork extends string> {
  firstName: string;
  lastName: string;
  birthDate: string;
  taxCode?: string;
  email?: string;
  phone?: string;
  home: { municipalityCode: string };
  maxTravelKm: number;
  italianLevel: CefrLevel;
  rightToWork: { kind: RightToWork };
  legalBasis: Basis;
  consent: {
    privacyNoticeVersion: string;
    givenAt: string;
    bulletin: boolean;
    shareWithCompanies: boolean;
  };
}

const DEFAULT_MAX_TRAVEL_KM = 10;

export function checkPersonRow<Basis extends string, RightToWork extends string>(
  values: RowValues,
  gazetteer: Gazetteer,
  vocabulary: PeopleVocabulary<Basis, RightToWork>,
): CheckedRow<ImportedPerson<Basis, RightToWork>> {
  const row = new RowReader(values, PEOPLE_IMPORT_FIELDS);
  const firstName = row.text('firstName');
  const lastName = row.text('lastName');
  const birthDate = row.read('birthDate', parseDate);
  const taxCode = row.read('taxCode', (text) =>
    isValidTaxCode(normaliseTaxCode(text))
      ? { value: normaliseTaxCode(text) }
      : { problem: 'codice fiscale non valido' },
  );
  const province = row.text('province');
  const municipality = row.read('municipality', (text) => gazetteer.place(text, province));
  const italianLevel = row.read('italianLevel', (text) => parseCode(text, CEFR_LEVELS));
  const email = row.read('email', (text) =>
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
      ? { value: text }
      : { problem: 'indirizzo e-mail non valido' },
  );
  const phone = row.text('phone');
  const maxTravelKm = row.read('maxTravelKm', (text) => parseInteger(text, 0, 200));
  const rightToWork = row.read('rightToWork', (text) =>
    parseCode(text, vocabulary.rightToWorkKinds),
  );
  const legalBasis = row.read('legalBasis', (text) => parseCode(text, vocabulary.legalBases));
  const noticeVersion = row.text('privacyNoticeVersion');
  const givenAt = row.read('consentGivenAt', parseDate);
  const bulletin = row.read('bulletin', parseYesNo);
  const shareWithCompanies = row.read('shareWithCompanies', parseYesNo);
  return row.result(() => ({
    firstName: firstName!,
    lastName: lastName!,
    birthDate: birthDate!,
    home: { municipalityCode: municipality!.istatCode },
    maxTravelKm: maxTravelKm ?? DEFAULT_MAX_TRAVEL_KM,
    italianLevel: italianLevel!,
    rightToWork: { kind: rightToWork! },
    legalBasis: legalBasis!,
    consent: {
      privacyNoticeVersion: noticeVersion!,
      givenAt: `${givenAt!}T00:00:00Z`,
      bulletin: bulletin ?? false,
      shareWithCompanies: shareWithCompanies ?? false,
    },
    ...(taxCode ? { taxCode } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  }));
}
