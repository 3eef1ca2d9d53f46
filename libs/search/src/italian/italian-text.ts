import { ITALIAN_STOP_WORDS } from './italian-stop-words.js';

/**
 * The articles and prepositions Italian elides before a vowel. `dell'azienda` must find "azienda",
 * so the elided part is dropped before anything else looks at the text.
 */
export const ITALIAN_ELISIONS = [
  'dell',
  'all',
  'nell',
  'sull',
  'dall',
  'coll',
  'quest',
  'quell',
  'un',
  'l',
  'd',
  'c',
] as const;

const ELISION = new RegExp(`(?<!\\p{L})(?:${ITALIAN_ELISIONS.join('|')})['’](?=\\p{L})`, 'giu');
const NOT_A_WORD = /[^\p{L}\p{N}]+/u;

/** `dell'azienda` becomes `azienda`; case and accents are kept, for texts shown back to people. */
export function stripElisions(text: string): string {
  return text.replace(ELISION, '');
}

/** `caffè` becomes `caffe`: typists on phones and foreign keyboards often leave accents out. */
export function unaccent(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower-case, unaccented words without elisions: the form in which both sides are compared. */
export function tokenize(text: string): string[] {
  return unaccent(stripElisions(text).toLowerCase()).split(NOT_A_WORD).filter(Boolean);
}

const STOP_WORDS = new Set(ITALIAN_STOP_WORDS.map((word) => unaccent(word)));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The words that carry meaning, in order. */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((word) => !isStopWord(word));
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The text without its stop words, unless they are all it has: then they are what was asked for
 * ("perché"). For a backend that receives the text itself (Meilisearch), where the embedded one
 * applies the same rule in analyseQuery. Elisions go too; everything else is kept as typed.
 */
export function withoutStopWords(text: string): string {
  const stripped = stripElisions(text);
  const words = stripped.match(WORD) ?? [];
  const meaningful = words.some((word) => !isStopWord(unaccent(word.toLowerCase())));
  if (!meaningful) return stripped;
  return stripped
    .replace(WORD, (word) => (isStopWord(unaccent(word.toLowerCase())) ? '' : word))
    .replace(/\s+/g, ' ')
    .replace(/^ /, '');
}
