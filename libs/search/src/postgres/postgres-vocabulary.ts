import { exactLexeme } from '../italian/italian-word-families.js';
import { editDistance, typoBudget } from '../italian/typo-tolerance.js';
import type { SearchIndexName } from '../search-documents.types.js';
import {
  ADD_TERMS_SQL,
  REMOVE_TERMS_SQL,
  SIMILAR_TERMS_SQL,
  UNUSED_TERMS_SQL,
} from './postgres-search.sql.js';

/** What both a DataSource and a transaction's EntityManager offer. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const MAX_CORRECTIONS_PER_WORD = 8;

/**
 * For each typed word long enough to allow a typo, the indexed words it may be a misspelling of.
 * pg_trgm proposes candidates through its index; the edit distance keeps only those within the
 * word's typo budget, so "camerire" finds "cameriere" but "casa" never becomes "cassa".
 */
export async function typoCorrections(
  db: Queryable,
  index: SearchIndexName,
  words: readonly string[],
): Promise<Map<string, string[]>> {
  const tolerant = [...new Set(words.filter((word) => typoBudget(word) > 0))];
  const corrections = new Map<string, string[]>();
  if (tolerant.length === 0) return corrections;
  const rows = (await db.query(SIMILAR_TERMS_SQL, [index, tolerant])) as {
    word: string;
    term: string;
  }[];
  for (const word of tolerant) {
    const budget = typoBudget(word);
    const close = rows
      .filter((row) => row.word === word && row.term !== word)
      .map((row) => ({ term: row.term, distance: editDistance(word, row.term, budget) }))
      .filter((candidate) => candidate.distance <= budget)
      .sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term))
      .slice(0, MAX_CORRECTIONS_PER_WORD)
      .map((candidate) => candidate.term);
    if (close.length > 0) corrections.set(word, close);
  }
  return corrections;
}

/** Adds words to the index's vocabulary; sorted so that concurrent writers lock in one order. */
export async function addVocabulary(
  db: Queryable,
  index: SearchIndexName,
  terms: readonly string[],
): Promise<void> {
  if (terms.length === 0) return;
  await db.query(ADD_TERMS_SQL, [index, [...terms].sort()]);
}

/**
 * After documents left the index, drops those of their words that no remaining document holds: a
 * deleted document (an erased person's name) must not live on as a typo correction.
 */
export async function pruneVocabulary(
  db: Queryable,
  index: SearchIndexName,
  terms: readonly string[],
): Promise<void> {
  if (terms.length === 0) return;
  const sorted = [...terms].sort();
  const exact = sorted.map((term) => exactLexeme(term) ?? null);
  const unused = (await db.query(UNUSED_TERMS_SQL, [index, sorted, exact])) as {
    term: string;
  }[];
  if (unused.length > 0) {
    await db.query(REMOVE_TERMS_SQL, [index, unused.map((row) => row.term).sort()]);
  }
}
