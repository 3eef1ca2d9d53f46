import type { CandidateMatchItem, VacancyMatchItem } from '#libs/matching';
import type { SpreadsheetColumn } from '#libs/spreadsheets';

/** What both sides share: the score and the summary, already redacted for readers off the case. */
const MATCH_COLUMNS: readonly SpreadsheetColumn<Omit<VacancyMatchItem, 'vacancy'>>[] = [
  { header: 'Punteggio', value: (row) => row.score },
  { header: 'Distanza (km)', value: (row) => row.distanceKm },
  { header: 'Sintesi', value: (row) => row.summary },
  { header: 'Nuovo', value: (row) => row.isNew },
  { header: 'Calcolato il', value: (row) => row.computedAt },
];

export const VACANCY_MATCH_EXPORT_COLUMNS: readonly SpreadsheetColumn<VacancyMatchItem>[] = [
  { header: 'Offerta', value: (row) => row.vacancy.id },
  { header: 'Titolo', value: (row) => row.vacancy.title },
  { header: 'Azienda', value: (row) => row.vacancy.companyName },
  { header: 'Comune (ISTAT)', value: (row) => row.vacancy.municipalityCode },
  { header: 'Contratto', value: (row) => row.vacancy.contractType },
  { header: 'Km zero', value: (row) => row.vacancy.kmZero },
  ...MATCH_COLUMNS,
];

export const CANDIDATE_MATCH_EXPORT_COLUMNS: readonly SpreadsheetColumn<CandidateMatchItem>[] = [
  { header: 'Persona', value: (row) => row.candidate.id },
  { header: 'Nome', value: (row) => row.candidate.firstName },
  { header: 'Cognome', value: (row) => row.candidate.lastName },
  { header: 'Comune (ISTAT)', value: (row) => row.candidate.municipalityCode },
  ...MATCH_COLUMNS,
];
