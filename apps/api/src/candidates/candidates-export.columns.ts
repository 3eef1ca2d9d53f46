import type { CandidateSummary } from '#libs/candidates';
import type { SpreadsheetColumn } from '#libs/spreadsheets';

/** The columns of the people list as a file: what the list shows, never the sealed part. */
export const CANDIDATE_EXPORT_COLUMNS: readonly SpreadsheetColumn<CandidateSummary>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'Nome', value: (row) => row.firstName },
  { header: 'Cognome', value: (row) => row.lastName },
  { header: 'Data di nascita', value: (row) => row.birthDate },
  { header: 'Comune di residenza (ISTAT)', value: (row) => row.home.municipalityCode },
  { header: 'Livello di italiano', value: (row) => row.italianLevel },
  { header: 'Stato del percorso', value: (row) => row.pathwayStatus },
  { header: 'Gruppi', value: (row) => row.targetGroups.join(', ') },
  { header: 'Tutor assegnati', value: (row) => row.assignedTutorIds.join(', ') },
  { header: 'Archiviata il', value: (row) => row.archivedAt },
  { header: 'Aggiornata il', value: (row) => row.updatedAt },
];
