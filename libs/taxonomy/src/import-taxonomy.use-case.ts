import type { DataSource } from 'typeorm';
import { writeConcepts, type WriteResult } from './concept.writer.js';
import { readTaxonomyCsv } from './taxonomy-csv.loader.js';
import type { TaxonomyKind, TaxonomySystem } from './taxonomy-kinds.types.js';

export interface TaxonomyImportOptions {
  kind: TaxonomyKind;
  system: TaxonomySystem;
}

/**
 * Loads a full official list (ISTAT CP2021 unità professionali, ESCO occupations or skills) from a
 * CSV file in one transaction: a file with one bad line changes nothing. Concepts already present
 * take the official label; nothing is removed, since vacancies and candidates may still use a code
 * a newer list dropped.
 */
export async function importTaxonomyCsv(
  dataSource: DataSource,
  file: string,
  options: TaxonomyImportOptions,
): Promise<WriteResult> {
  const records = await readTaxonomyCsv(file, options.system);
  return dataSource.transaction((manager) =>
    writeConcepts(manager, options.kind, options.system, records, 'update'),
  );
}
