import type { AnalysedQuery, QueryClause } from '../italian/query-analysis.js';

/**
 * The parts of a text query, as tsquery text over the lexemes the index holds (see
 * postgres-lexemes.ts: the stemmer's for most words, exact ones for word families and stop words).
 * The word still being typed is also matched as a raw prefix of an indexed lexeme, since a stem can
 * be shorter than the prefix ("azienda" stems to "azi", and "azi*" would find "azione").
 */
export interface TsQueries {
  /** Every complete clause, with its typo corrections and synonyms. */
  complete: string | null;
  /** The last clause when it may be a word cut short: matched in full... */
  partial: string | null;
  /** ...or as a prefix of an indexed lexeme. */
  prefix: string | null;
  /** The words exactly as typed, for ranking exact matches above corrected ones. */
  exact: string | null;
}

/** A word's lexemes; none for a word the index cannot hold (then it drops out, as in to_tsquery). */
export type LexemesOf = ReadonlyMap<string, readonly string[]>;

// Lexemes are letters and digits (see tokenize and the stemmer), so quoting keeps them operands.
const quoted = (lexeme: string) => `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
const any = (parts: (string | null)[]) => combine(parts, ' | ');
const all = (parts: (string | null)[]) => combine(parts, ' & ');

function combine(parts: (string | null)[], operator: string): string | null {
  const present = [...new Set(parts.filter((part): part is string => part !== null))];
  if (present.length === 0) return null;
  return present.length === 1 ? present[0] : `(${present.join(operator)})`;
}

export function buildTsQueries(
  query: AnalysedQuery,
  corrections: ReadonlyMap<string, readonly string[]>,
  lexemes: LexemesOf,
): TsQueries | null {
  if (query.clauses.length === 0) return null;
  const operand = (word: string) => all((lexemes.get(word) ?? []).map(quoted));
  const clauseText = (clause: QueryClause) => {
    const typed = all(
      clause.typed.map((word) =>
        any([operand(word), ...(corrections.get(word) ?? []).map(operand)]),
      ),
    );
    const synonyms = clause.synonyms.map((phrase) => all(phrase.map(operand)));
    return any([typed, ...synonyms]);
  };
  const last = query.clauses.at(-1);
  const prefixed = last?.prefix ? last : undefined;
  const complete = all(query.clauses.filter((clause) => clause !== prefixed).map(clauseText));
  return {
    complete,
    partial: prefixed ? clauseText(prefixed) : null,
    prefix: prefixed ? `${quoted(prefixed.typed[0])}:*` : null,
    exact: all(query.words.map(operand)),
  };
}

/** The whole match: every complete clause, and the last one in full or as a prefix. */
export function matchQuery(parts: TsQueries): string | null {
  const typing = parts.prefix ? any([parts.partial, parts.prefix]) : null;
  return all([parts.complete, typing]);
}

/** Every word whose lexemes the query needs. */
export function wordsOf(
  query: AnalysedQuery,
  corrections: ReadonlyMap<string, readonly string[]>,
): string[] {
  const words = new Set(query.words);
  for (const clause of query.clauses) {
    for (const word of clause.typed) {
      words.add(word);
      for (const correction of corrections.get(word) ?? []) words.add(correction);
    }
    for (const phrase of clause.synonyms) for (const word of phrase) words.add(word);
  }
  return [...words];
}
