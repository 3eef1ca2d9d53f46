import type { PlacementView } from '#libs/pathway';
import type { SpreadsheetColumn } from '#libs/spreadsheets';

/** The columns of a person's outcomes as a file. */
export const PLACEMENT_EXPORT_COLUMNS: readonly SpreadsheetColumn<PlacementView>[] = [
  { header: 'ID', value: (row) => row.id },
  { header: 'Persona', value: (row) => row.candidateId },
  { header: 'Azienda', value: (row) => row.companyId },
  { header: 'Offerta', value: (row) => row.vacancyId },
  { header: 'Contratto', value: (row) => row.contractLabel },
  { header: 'Ore settimanali', value: (row) => row.weeklyHours },
  { header: 'Inizio', value: (row) => row.startDate },
  { header: 'Fine', value: (row) => row.endDate },
  { header: 'Km zero', value: (row) => row.kmZero },
  { header: 'Tirocinio: promotore', value: (row) => row.internship?.promoter },
];

/**
 * The Law 68 columns: counting toward the quota reveals a registration, so they are written only
 * when the list itself carries them (the reader is on the case).
 */
export const PLACEMENT_L68_COLUMNS: readonly SpreadsheetColumn<PlacementView>[] = [
  { header: 'Conta per la Legge 68', value: (row) => row.countsTowardL68 },
  { header: 'Categoria Legge 68', value: (row) => row.l68Category },
];

export function placementColumns(
  placements: readonly PlacementView[],
): readonly SpreadsheetColumn<PlacementView>[] {
  const disclosed =
    placements.length > 0 && placements.every((row) => row.countsTowardL68 !== undefined);
  return disclosed
    ? [...PLACEMENT_EXPORT_COLUMNS, ...PLACEMENT_L68_COLUMNS]
    : PLACEMENT_EXPORT_COLUMNS;
}
