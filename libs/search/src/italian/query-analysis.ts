import { contentWords, tokenize } from './italian-text.js';
import { SYNONYM_PHRASES, SYNONYM_WORDS, synonymGroup } from './italian-synonyms.js';
import { withinTypoBudget } from './typo-tolerance.js';

/**
 * One thing the user asked for. Every clause of a query must match a document. A clause is either a
 * single typed word, or a run of typed words recognised as a synonym phrase, which any phrase of its
 * group satisfies.
 */
export interface QueryClause {
  /** The words as typed (normalised), matched with typo tolerance. */
  typed: readonly string[];
  /** The equivalent phrases of the recognised synonym group, matched exactly; empty for a plain word. */
  synonyms: readonly (readonly string[])[];
  /** The last word of the query while the user may still be typing it: matched as a prefix too. */
  prefix: boolean;
}

export interface AnalysedQuery {
  clauses: QueryClause[];
  /** Every typed word, in order, without stop words (unless nothing else was typed). */
  words: string[];
  /**
   * Only stop words were typed ("perché"): they are then the words searched for, exactly, without
   * synonyms, typo corrections or prefixes, instead of a query that would match everything.
   */
  onlyStopWords: boolean;
}

const MIN_PREFIX_LENGTH = 3;

/**
 * Turns what a tutor typed into clauses: elisions and stop words go, accents and case are folded,
 * synonym phrases are recognised (also when misspelt, "badnte" is still "badante"). Stop words count
 * when nothing else was typed.
 */
export function analyseQuery(text: string): AnalysedQuery {
  const words = contentWords(text);
  if (words.length === 0) {
    const stopWords = [...new Set(tokenize(text))];
    return {
      clauses: stopWords.map((word) => ({ typed: [word], synonyms: [], prefix: false })),
      words: stopWords,
      onlyStopWords: stopWords.length > 0,
    };
  }
  const spellings = words.map(knownSpellings);
  const clauses: QueryClause[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = longestPhraseAt(spellings, i);
    const length = phrase?.words.length ?? 1;
    clauses.push({
      typed: words.slice(i, i + length),
      synonyms: phrase ? synonymGroup(phrase.group) : [],
      prefix: false,
    });
    i += length;
  }
  const last = clauses.at(-1);
  const stillTyping = !/\s$/.test(text);
  if (
    last &&
    stillTyping &&
    last.synonyms.length === 0 &&
    last.typed[0].length >= MIN_PREFIX_LENGTH
  ) {
    clauses[clauses.length - 1] = { ...last, prefix: true };
  }
  return { clauses, words, onlyStopWords: false };
}

/** The word itself and, when it is not a synonym word, the synonym words it may be a typo of. */
function knownSpellings(word: string): Set<string> {
  if (SYNONYM_WORDS.has(word)) return new Set([word]);
  return new Set([word, ...[...SYNONYM_WORDS].filter((known) => withinTypoBudget(word, known))]);
}

function longestPhraseAt(spellings: Set<string>[], start: number) {
  let best: (typeof SYNONYM_PHRASES)[number] | undefined;
  for (const phrase of SYNONYM_PHRASES) {
    if (best && phrase.words.length <= best.words.length) continue;
    const fits = phrase.words.every((word, k) => spellings[start + k]?.has(word));
    if (fits) best = phrase;
  }
  return best;
}
