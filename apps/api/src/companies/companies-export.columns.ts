import type { CompanyView } from '#libs/companies';
import type { SpreadsheetColumn } from '#libs/spreadsheets';

/** The columns of the company list as a file (no contacts: they are people's data). */
export const COMPANY_EXPORT_COLUMNS: readonly SpreadsheetColumn<CompanyView>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'Ragione sociale', value: (row) => row.name },
  { header: 'Partita IVA', value: (row) => row.vatNumber },
  { header: 'Codice ATECO', value: (row) => row.atecoCode },
  { header: 'Addetti', value: (row) => row.headcount },
  { header: 'Km zero', value: (row) => row.kmZero },
  { header: 'Provincia della sede legale', value: (row) => row.legalProvinceCode },
  { header: 'Sedi', value: (row) => row.sites.length },
  {
    header: 'Comuni delle sedi',
    value: (row) =>
      row.sites.map((site) => site.municipalityName ?? site.municipalityCode).join(', '),
  },
  { header: 'Archiviata il', value: (row) => row.archivedAt },
];
