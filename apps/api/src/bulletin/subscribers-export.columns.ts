import type { SubscriberSummary } from '#libs/bulletin';
import type { SpreadsheetColumn } from '#libs/spreadsheets';

/** The columns of the bulletin's readers as a file. */
export const SUBSCRIBER_EXPORT_COLUMNS: readonly SpreadsheetColumn<SubscriberSummary>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'E-mail', value: (row) => row.email },
  { header: 'Stato', value: (row) => row.status },
  { header: 'Aree', value: (row) => row.areaIds.join(', ') },
  { header: 'Sezioni', value: (row) => row.sections.join(', ') },
  { header: 'Abbinamenti personali', value: (row) => row.personalSection },
  { header: 'Rimbalzi', value: (row) => row.bounceCount },
  { header: 'Iscritto il', value: (row) => row.createdAt },
];
