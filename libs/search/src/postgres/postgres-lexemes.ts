import { unaccent } from '../italian/italian-text.js';
import { exactLexeme } from '../italian/italian-word-families.js';
import { MATCH_END, MATCH_START } from '../matched-terms.js';
import { STEMS_SQL } from './postgres-search.sql.js';
import type { Queryable } from './postgres-vocabulary.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A text field split for indexing: the words left to PostgreSQL's Italian stemmer, and the exact
 * lexemes of the others (word families and stop words, see italian-word-families.ts) as a tsvector
 * literal, so that "casse" is indexed as "cassa" and never as the stem it shares with "cassiere".
 */
export function splitForIndex(text: string): { stemmed: string; exact: string } {
  const positions = new Map<string, number[]>();
  let position = 0;
  const stemmed = text.replace(WORD, (word) => {
    position += 1;
    const lexeme = exactLexeme(unaccent(word.toLowerCase()));
    if (lexeme === undefined) return word;
    positions.set(lexeme, [...(positions.get(lexeme) ?? []), position]);
    return ' ';
  });
  const exact = [...positions]
    .map(([lexeme, at]) => `'${lexeme.replaceAll("'", "''")}':${at.join(',')}`)
    .join(' ');
  return { stemmed, exact };
}

/**
 * The lexemes the index holds for each word: its exact lexeme when it has one, otherwise what
 * PostgreSQL's `search_italian` configuration makes of it (accents folded, stemmed), asked once for
 * all the words of a query.
 */
export async function lexemesOf(
  db: Queryable,
  words: readonly string[],
): Promise<Map<string, string[]>> {
  const lexemes = new Map<string, string[]>();
  const stemmed: string[] = [];
  for (const word of new Set(words)) {
    const exact = exactLexeme(word);
    if (exact === undefined) stemmed.push(word);
    else lexemes.set(word, [exact]);
  }
  if (stemmed.length > 0) {
    const rows = (await db.query(STEMS_SQL, [stemmed])) as { word: string; lexemes: string[] }[];
    for (const row of rows) lexemes.set(row.word, row.lexemes);
  }
  return lexemes;
}

/**
 * Marks, in a headline, the words whose exact lexeme the query looked for: ts_headline stems every
 * word of the text, so it cannot see that "casse" matched the family "cassa".
 */
export function markExactWords(
  marked: string | null,
  lexemes: ReadonlySet<string> | undefined,
): string | null {
  if (marked === null || !lexemes || lexemes.size === 0) return marked;
  return marked.replace(WORD, (word, offset: number) => {
    const lexeme = exactLexeme(unaccent(word.toLowerCase()));
    const alreadyMarked = marked[offset - 1] === MATCH_START;
    return lexeme !== undefined && lexemes.has(lexeme) && !alreadyMarked
      ? `${MATCH_START}${word}${MATCH_END}`
      : word;
  });
}
