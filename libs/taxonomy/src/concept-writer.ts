import { normalizeTerm } from '#libs/kernel';
import type { EntityManager } from 'typeorm';
import type { TaxonomyKind, TaxonomySystem } from './taxonomy-kinds.js';

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
  const onConflict =
    existing === 'update'
      ? `DO UPDATE SET system = EXCLUDED.system, label = EXCLUDED.label, parent_code = EXCLUDED.parent_code`
      : 'DO NOTHING';
  let concepts = 0;
  let terms = 0;
  for (let start = 0; start < records.length; start += BATCH) {
    const slice = records.slice(start, start + BATCH);
    const written: unknown[] = await manager.query(
      `INSERT INTO taxonomy_concepts (kind, code, system, label, parent_code)
       SELECT $1, code, $2, label, parent_code
         FROM unnest($3::text[], $4::text[], $5::text[]) AS r(code, label, parent_code)
       ON CONFLICT (kind, code) ${onConflict}
       RETURNING code`,
      [
        kind,
        system,
        slice.map((record) => record.code),
        slice.map((record) => record.label),
        slice.map((record) => record.parentCode),
      ],
    );
    concepts += written.length;
    const pairs = slice.flatMap((record) =>
      [...new Set([record.label, ...record.synonyms].map(normalizeTerm))]
        .filter((term) => term !== '')
        .map((term) => [record.code, term] as const),
    );
    const inserted: unknown[] = await manager.query(
      `INSERT INTO taxonomy_terms (kind, code, term)
       SELECT $1, code, term FROM unnest($2::text[], $3::text[]) AS t(code, term)
       ON CONFLICT DO NOTHING
       RETURNING term`,
      [kind, pairs.map(([code]) => code), pairs.map(([, term]) => term)],
    );
    terms += inserted.length;
  }
  return { concepts, terms };
}
