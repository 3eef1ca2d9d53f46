/**
 * How many typos a word may contain and still match, by its length. Meilisearch's defaults, which the
 * embedded backend copies: short words must be exact, or "casa" would find "cassa".
 */
export const TYPO_TOLERANCE = { oneTypo: 5, twoTypos: 9 } as const;

export function typoBudget(word: string): 0 | 1 | 2 {
  const length = [...word].length;
  if (/^\p{N}+$/u.test(word)) return 0;
  if (length >= TYPO_TOLERANCE.twoTypos) return 2;
  if (length >= TYPO_TOLERANCE.oneTypo) return 1;
  return 0;
}

/**
 * Edit distance where swapping two neighbouring letters counts as one typo (optimal string alignment),
 * as in Meilisearch. Gives up and returns `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length], max + 1);
}

/** True when `candidate` is close enough to the typed `word` to count as the same word misspelt. */
export function withinTypoBudget(word: string, candidate: string): boolean {
  const budget = typoBudget(word);
  return budget > 0 && editDistance(word, candidate, budget) <= budget;
}
