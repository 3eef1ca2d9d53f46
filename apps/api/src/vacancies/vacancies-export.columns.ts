import type { SpreadsheetColumn } from '#libs/spreadsheets';
import type { VacancyView } from '#libs/vacancies';

/** The columns of the vacancy list as a file. */
export const VACANCY_EXPORT_COLUMNS: readonly SpreadsheetColumn<VacancyView>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'Titolo', value: (row) => row.title },
  { header: 'Azienda', value: (row) => row.companyName },
  { header: 'Sede', value: (row) => row.siteName },
  { header: 'Comune', value: (row) => row.place.municipalityName ?? row.place.municipalityCode },
  { header: 'Provincia', value: (row) => row.place.provinceCode },
  { header: 'Professione', value: (row) => row.occupationLabel ?? row.occupationText },
  { header: 'Contratto', value: (row) => row.contractLabel },
  { header: 'Ore settimanali', value: (row) => row.weeklyHours },
  { header: 'Posti', value: (row) => row.positions },
  { header: 'Riserva Legge 68', value: (row) => row.reservedL68 },
  { header: 'Km zero', value: (row) => row.kmZero },
  { header: 'Livello di italiano minimo', value: (row) => row.minItalianLevel },
  { header: 'Stato', value: (row) => row.status },
  { header: 'Pubblicata il', value: (row) => row.publishedAt },
  { header: 'Scade il', value: (row) => row.expiresAt },
  { header: 'Inizio', value: (row) => row.startDate },
  { header: 'Fonte', value: (row) => row.source },
];
