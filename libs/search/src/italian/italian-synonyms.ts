import { contentWords } from './italian-text.js';
import { ITALIAN_WORD_FAMILIES } from './italian-word-families.js';

/**
 * Groups of words and phrases that mean the same job, as tutors and consultants type them. Every
 * phrase of a group finds the others, on both backends. Phrases avoid stop words ("impresa pulizie",
 * not "impresa di pulizie"): a query loses its stop words before synonyms are looked up.
 * Masculine, feminine and plural forms are listed where the Italian stemmer does not join them
 * (it reduces "cameriere" to "camer" but "cameriera" to "camerier").
 */
export const ITALIAN_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['badante', 'assistente familiare', 'assistenza familiare', 'assistente domiciliare'],
  ['colf', 'collaboratrice domestica', 'collaboratore domestico', 'domestica'],
  ['cameriere', 'cameriera', 'camerieri', 'cameriere sala', 'addetto sala'],
  ['pulizie', 'pulizia', 'addetto pulizie', 'addetta pulizie', 'impresa pulizie'],
  ['magazziniere', 'magazziniera', 'magazzino', 'addetto magazzino'],
  ['facchino', 'facchini', 'facchinaggio'],
  ['aiuto cuoco', 'aiuto cucina', 'addetto cucina', 'commis cucina'],
  ['commesso', 'commessa', 'commessi', 'addetto vendite', 'addetta vendite'],
  ['oss', 'operatore socio sanitario', 'operatrice socio sanitaria'],
  ['asa', 'ausiliario socio assistenziale', 'ausiliaria socio assistenziale'],
  ['lavapiatti', 'addetto lavaggio stoviglie'],
  ['barista', 'addetto bar'],
  ['cassiere', 'cassiera', 'addetto cassa'],
  ['mulettista', 'carrellista', 'conduttore muletto'],
  ['autista', 'conducente'],
  ['giardiniere', 'manutentore verde'],
  ['portinaio', 'portiere', 'custode'],
  ['babysitter', 'baby sitter', 'tata'],
];

/** One phrase of a group, in the normalised form used for matching. */
export interface SynonymPhrase {
  words: readonly string[];
  group: number;
}

export const SYNONYM_PHRASES: readonly SynonymPhrase[] = ITALIAN_SYNONYM_GROUPS.flatMap(
  (phrases, group) =>
    phrases
      .map((phrase) => ({ words: contentWords(phrase), group }))
      .filter((phrase) => phrase.words.length > 0),
);

/** Every word that appears in some synonym phrase: typed words are corrected against these too. */
export const SYNONYM_WORDS: ReadonlySet<string> = new Set(
  SYNONYM_PHRASES.flatMap((phrase) => phrase.words),
);

/** The equivalent phrases of a group, each as its words. */
export function synonymGroup(group: number): (readonly string[])[] {
  return SYNONYM_PHRASES.filter((phrase) => phrase.group === group).map((phrase) => phrase.words);
}

/**
 * Meilisearch's `synonyms` setting: every phrase maps to the other phrases of its group, and every
 * form of a word family to the other forms (Meilisearch does not stem, so "operaio" would not find
 * "operai" without them; nor does it join "cassiere" and "casse", so families need nothing else).
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const phrases of [...ITALIAN_SYNONYM_GROUPS, ...ITALIAN_WORD_FAMILIES]) {
    for (const phrase of phrases) {
      synonyms[phrase] ??= new Set();
      for (const other of phrases) if (other !== phrase) synonyms[phrase].add(other);
    }
  }
  return Object.fromEntries(
    Object.entries(synonyms).map(([phrase, others]) => [phrase, [...others]]),
  );
}
