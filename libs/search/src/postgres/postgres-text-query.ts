import { exactLexeme } from '../italian/italian-word-families.js';
import { analyseQuery } from '../italian/query-analysis.js';
import type { SearchIndexName } from '../search-documents.types.js';
import { lexemesOf } from './postgres-lexemes.js';
import { buildTsQueries, matchQuery, wordsOf } from './postgres-tsquery.js';
import { type Queryable, typoCorrections } from './postgres-vocabulary.js';

/** A text query as tsquery literals, ready to be passed as `$n::tsquery` constants. */
export interface TextQuery {
  match: string;
  exact: string;
  /**
   * The exact lexemes the query looks for (word families, stop words): PostgreSQL's headline
   * cannot see them in the text, so the adapter marks their words itself.
   */
  exactLexemes: ReadonlySet<string>;
}

/**
 * Analyses what was typed, corrects typos against the index's vocabulary and turns every word into
 * the lexemes the index holds (PostgreSQL stems the words left to the stemmer, in one round trip).
 * The search statement then receives constant tsqueries: the planner can estimate how many
 * documents match (and pick the right index), and nothing is re-parsed for every row.
 */
export async function prepareTextQuery(
  db: Queryable,
  index: SearchIndexName,
  text: string,
): Promise<TextQuery | null> {
  const analysed = analyseQuery(text);
  if (analysed.clauses.length === 0) return null;
  const corrections = analysed.onlyStopWords
    ? new Map<string, string[]>()
    : await typoCorrections(db, index, analysed.words);
  const words = wordsOf(analysed, corrections);
  const lexemes = await lexemesOf(db, words);
  const parts = buildTsQueries(analysed, corrections, lexemes);
  const match = parts && matchQuery(parts);
  // Only words the index cannot hold were typed: nothing to match, as if nothing was typed.
  if (!parts || !match) return null;
  return {
    match,
    exact: parts.exact ?? match,
    exactLexemes: new Set(words.map(exactLexeme).filter((lexeme) => lexeme !== undefined)),
  };
}
