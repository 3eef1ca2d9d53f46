import { isStopWord } from './italian-text.js';

/**
 * Words the Italian stemmer (Snowball, as PostgreSQL's `italian_stem` applies it) gets wrong for
 * job offers, written for a language reviewer. Each family is the forms of one word: its forms
 * match one another and nothing else, instead of everything that shares their stem.
 *
 * Why a list: the stemmer cuts endings by rule, so it joins words of different meaning
 * ("cassiere" and "casse" both become "cass") and splits forms of one word ("operaio" becomes
 * "operai", "operai" becomes "opera"). No maintained Italian lemmatiser ships with PostgreSQL or
 * Meilisearch (Meilisearch does not stem at all), so the words that matter for the cooperatives'
 * work are listed here; everything else keeps the stemmer. Related jobs that should find each
 * other ("magazziniere" and "magazzino") are joined on purpose by the synonym groups
 * (italian-synonyms.ts), not by a shared stem.
 *
 * Forms are lower case without accents (as `tokenize` leaves them). A form belongs to one family.
 * Adding a word: list all its forms (masculine, feminine, singular, plural), then add the words it
 * must not find to `italian-word-families.spec.ts`.
 */
export const ITALIAN_WORD_FAMILIES: readonly (readonly string[])[] = [
  // "cassiere" (cashier) was "cass", like "cassa"/"casse" (till, boxes): a porter moving
  // "casse di frutta" answered a search for a cashier.
  ['cassiere', 'cassiera', 'cassieri'],
  ['cassa', 'casse'],
  ['cassetta', 'cassette'],
  ['cassetto', 'cassetti'],
  // The warehouse worker and the warehouse: joined by a synonym group, not by the stem "magazzin".
  ['magazziniere', 'magazziniera', 'magazzinieri'],
  ['magazzino', 'magazzini'],
  // "pulire" (to clean) and the adjective "pulito" (clean, "ambiente pulito") shared "pul".
  ['pulire', 'pulisce', 'puliscono', 'pulendo'],
  ['pulito', 'pulita', 'puliti', 'pulite'],
  // "operaio" became "operai" and its plural "operai" became "opera", the stem of nothing else.
  ['operaio', 'operaia', 'operai', 'operaie'],
  ['opera', 'opere'],
  // Shop assistants, both genders, together (in an offer a "commessa" is the shop assistant, not
  // a work order) and apart from "commissione".
  ['commesso', 'commessa', 'commessi', 'commesse'],
  // "cameriere" was "camer", like "camera" (a room: "pulizia delle camere").
  ['cameriere', 'cameriera', 'camerieri'],
  ['camera', 'camere'],
  // "portiere" (doorman) was "port", like "porta", "porto", "porte".
  ['portiere', 'portiera', 'portieri'],
  // "custode" (caretaker) was "custod", like "custodia" (also custody, a justice matter).
  ['custode', 'custodi'],
  ['custodia', 'custodie'],
];

const FAMILY_OF = new Map<string, string>();
for (const forms of ITALIAN_WORD_FAMILIES) {
  for (const form of forms) {
    const known = FAMILY_OF.get(form);
    if (known !== undefined && known !== forms[0]) {
      throw new Error(`"${form}" è in due famiglie di parole (${known}, ${forms[0]})`);
    }
    FAMILY_OF.set(form, forms[0]);
  }
}

/** The family a normalised word belongs to, named by its first form; undefined for other words. */
export function wordFamily(word: string): string | undefined {
  return FAMILY_OF.get(word);
}

/** Every form of the family named `family` (its first form). */
export function familyForms(family: string): readonly string[] {
  return ITALIAN_WORD_FAMILIES.find((forms) => forms[0] === family) ?? [];
}

/**
 * The lexeme both backends match a word by when the stemmer must not touch it: its family, or a
 * stop word as itself (stop words are indexed, so that a query made only of them, "perché", finds
 * the text that says it). Undefined for the words left to the stemmer.
 */
export function exactLexeme(word: string): string | undefined {
  return wordFamily(word) ?? (isStopWord(word) ? word : undefined);
}
