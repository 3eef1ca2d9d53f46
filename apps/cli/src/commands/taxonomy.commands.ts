import type { AppConfig } from '#libs/platform';
import {
  importTaxonomyCsv,
  seedStarterVocabulary,
  TAXONOMY_KINDS,
  TAXONOMY_SYSTEMS,
  type TaxonomyKind,
  type TaxonomySystem,
  type WriteResult,
} from '#libs/taxonomy';
import { openDataSource } from './database.commands.js';

/** Loads the starter vocabulary; safe to run at every start, it only adds what is missing. */
export async function seedTaxonomy(config: AppConfig): Promise<WriteResult> {
  const dataSource = await openDataSource(config);
  try {
    return await seedStarterVocabulary(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Loads a full official list (ISTAT CP2021 occupations by default) from a CSV with the header
 * `code,label[,parent_code][,synonyms]`, synonyms separated by `|`.
 */
export async function importTaxonomy(
  config: AppConfig,
  file: string,
  options: { kind?: string; system?: string },
): Promise<WriteResult> {
  const kind = (options.kind ?? 'OCCUPATION').toUpperCase();
  const system = (options.system ?? 'ISTAT_CP2021').toUpperCase();
  if (!(TAXONOMY_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`--kind deve essere uno tra ${TAXONOMY_KINDS.join(', ')}`);
  }
  if (!(TAXONOMY_SYSTEMS as readonly string[]).includes(system)) {
    throw new Error(`--system deve essere uno tra ${TAXONOMY_SYSTEMS.join(', ')}`);
  }
  const dataSource = await openDataSource(config);
  try {
    return await importTaxonomyCsv(dataSource, file, {
      kind: kind as TaxonomyKind,
      system: system as TaxonomySystem,
    });
  } finally {
    await dataSource.destroy();
  }
}
