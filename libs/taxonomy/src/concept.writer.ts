import { normalizeTerm } from '#libs/kernel';
import type { EntityManager } from 'typeorm';
import type { TaxonomyKind, TaxonomySystem } from './taxonomy-kinds.types.js';
import { INSERT_CONCEPTS_SQL, INSERT_TERMS_SQL } from './taxonomy.sql.js';

/** A concept as a vocabulary or an official list gives it. */
export interface ConceptRecord {
  code: string;
  label: string;
  parentCode: string | null;
  synonyms: readonly string[];
}

/** How many concepts were written (added, or overwritten by an official list) and terms added. */
export interface WriteResult {
  concepts: number;
  terms: number;
}

const BATCH = 500;

/**
 * Adds concepts and their terms inside the caller's transaction. Terms are only ever added, so
 * synonyms added by hand survive a reload. An existing concept keeps its label unless `existing` is
 * 'update': an official list is the authority for its codes, the starter vocabulary is not, so the
 * result does not depend on which of the two was loaded first.
 */
export async function writeConcepts(
  manager: EntityManager,
  kind: TaxonomyKind,
  system: TaxonomySystem,
  records: readonly ConceptRecord[],
  existing: 'update' | 'keep',
): Promise<WriteResult> {
  let concepts = 0;
  let terms = 0;
  for (let start = 0; start < records.length; start += BATCH) {
    const slice = records.slice(start, start + BATCH);
    const written: unknown[] = await manager.query(INSERT_CONCEPTS_SQL(existing), [
      kind,
      system,
      slice.map((record) => record.code),
      slice.map((record) => record.label),
      slice.map((record) => record.parentCode),
    ]);
    concepts += written.length;
    const pairs = slice.flatMap((record) =>
      [...new Set([record.label, ...record.synonyms].map(normalizeTerm))]
        .filter((term) => term !== '')
        .map((term) => [record.code, term] as const),
    );
    const inserted: unknown[] = await manager.query(INSERT_TERMS_SQL, [
      kind,
      pairs.map(([code]) => code),
      pairs.map(([, term]) => term),
    ]);
    terms += inserted.length;
  }
  return { concepts, terms };
}
