import type { AnalysedQuery, QueryClause } from '../italian/query-analysis.js';

/**
 * The parts of a text query. `to_tsquery('search_italian', ...)` unaccents and stems every operand;
 * the word still being typed is also matched as a raw prefix with the `simple` configuration, since a
 * stem can be shorter than the prefix ("azienda" stems to "azi", and "azi*" would find "azione").
 */
export interface TsQueries {
  /** Every complete clause, with its typo corrections and synonyms, for `search_italian`. */
  complete: string | null;
  /** The last clause when it may be a word cut short: matched in full (`complete` syntax)... */
  partial: string | null;
  /** ...or as a prefix of an indexed word, for the `simple` configuration. */
  prefix: string | null;
  /** The words exactly as typed, for ranking exact matches above corrected ones. */
  exact: string;
}

// Words are letters and digits only (see tokenize), so quoting is enough to keep them operands.
const operand = (word: string) => `'${word.replaceAll("'", "''")}'`;
const any = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`);
const all = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(' & ')})`);

export function buildTsQueries(
  query: AnalysedQuery,
  corrections: ReadonlyMap<string, readonly string[]>,
): TsQueries | null {
  if (query.clauses.length === 0) return null;
  const clauseText = (clause: QueryClause) => {
    const typed = all(
      clause.typed.map((word) =>
        any([operand(word), ...(corrections.get(word) ?? []).map(operand)]),
      ),
    );
    const synonyms = clause.synonyms.map((phrase) => all(phrase.map(operand)));
    return any([...new Set([typed, ...synonyms])]);
  };
  const last = query.clauses.at(-1);
  const prefixed = last?.prefix ? last : undefined;
  const complete = query.clauses.filter((clause) => clause !== prefixed).map(clauseText);
  return {
    complete: complete.length > 0 ? complete.join(' & ') : null,
    partial: prefixed ? clauseText(prefixed) : null,
    prefix: prefixed ? `${operand(prefixed.typed[0])}:*` : null,
    exact: query.words.map(operand).join(' & '),
  };
}
