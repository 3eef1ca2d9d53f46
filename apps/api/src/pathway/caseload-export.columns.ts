import type { CaseloadItem } from '#libs/pathway';
import type { SpreadsheetColumn } from '#libs/spreadsheets';
import { CANDIDATE_EXPORT_COLUMNS } from '../candidates/candidates-export.columns.js';

/** The people list's columns and what a tutor plans the day with. */
export const CASELOAD_EXPORT_COLUMNS: readonly SpreadsheetColumn<CaseloadItem>[] = [
  ...CANDIDATE_EXPORT_COLUMNS,
  { header: 'Ultima novità', value: (row) => row.lastActivityAt },
  { header: 'Proposte in corso', value: (row) => row.activeProposals },
  { header: 'Prossima azione', value: (row) => row.nextAction?.label },
  { header: 'Offerta della prossima azione', value: (row) => row.nextAction?.vacancyTitle },
  { header: 'Entro il', value: (row) => row.nextAction?.dueAt },
  { header: 'Nuovi abbinamenti', value: (row) => row.newMatches },
];
