import type { FieldIssue, ImportField } from './import-field.types.js';
import type { ColumnMapping, ImportKind, RowProblem, RowValues } from './import.types.js';

/** Fields whose value may appear once in a file: a second row with it is a duplicate. */
export const UNIQUE_FIELDS: Record<ImportKind, readonly string[]> = {
  vacancies: ['sourceId'],
  companies: ['sourceId', 'vatNumber'],
  people: ['sourceId', 'taxCode'],
};

/** The owner's field names that differ from the import's (`sites[0].municipalityCode` → municipality). */
const OWNER_FIELDS: Record<string, string> = {
  companyId: 'companyVat',
  occupationCode: 'occupationText',
  siteId: 'companyVat',
  municipalityCode: 'municipality',
  givenAt: 'consentGivenAt',
  kind: 'rightToWork',
};

export function ownerFieldToImportField(field: string): string {
  const last = field.replace(/^(sites\[\d+\]|home|consent|rightToWork)\./, '');
  return OWNER_FIELDS[last] ?? last;
}

/** The row's values by field key, from its cells and the header positions of the mapping. */
export function rowValues(
  cells: readonly string[],
  positions: ReadonlyMap<string, number>,
): RowValues {
  const values: RowValues = {};
  for (const [field, index] of positions) values[field] = (cells[index] ?? '').trim();
  return values;
}

/** Where each mapped field sits in the header row. */
export function mappedPositions(
  mapping: ColumnMapping,
  headers: readonly string[],
): Map<string, number> {
  const positions = new Map<string, number>();
  for (const [field, header] of Object.entries(mapping)) {
    const index = headers.indexOf(header);
    if (index >= 0) positions.set(field, index);
  }
  return positions;
}

/** Row problems as the person reads them: the file's column header, or the field's label if unmapped. */
export function toRowProblems(
  row: number,
  issues: readonly FieldIssue[],
  mapping: ColumnMapping,
  fields: readonly ImportField[],
): RowProblem[] {
  return issues.map((issue) => {
    const key = ownerFieldToImportField(issue.field);
    const column = mapping[key] ?? fields.find((field) => field.key === key)?.label ?? 'riga';
    return { row, column, message: issue.message };
  });
}
