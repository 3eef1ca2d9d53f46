/**
 * Both backends report matches by marking them in the text (ts_headline, Meilisearch's highlighter);
 * these characters are the marks, chosen because job offers do not use them.
 */
export const MATCH_START = '\u27e6';
export const MATCH_END = '\u27e7';

const MARKED_WORD = new RegExp(
  `[\\p{L}\\p{N}]*${MATCH_START}[^${MATCH_END}]*${MATCH_END}[\\p{L}\\p{N}]*`,
  'gu',
);

/**
 * The distinct marked words, lower-case, in order. A mark inside a word (a prefix match, "camer" in
 * "cameriere") yields the whole word.
 */
export function markedWords(texts: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const [match] of (text ?? '').matchAll(MARKED_WORD)) {
      words.add(match.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '').toLowerCase());
    }
  }
  return [...words];
}
