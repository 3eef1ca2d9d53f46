import { WEEKDAY_LABELS, type TimeWindow, type Weekday } from '#libs/kernel';

/** Small helpers so every explanation writes numbers, lists, days and brackets the same Italian way. */

/** 12.44 → "12,4" (one decimal, comma as decimal separator, no trailing ",0"). */
export function formatDecimal(value: number, decimals = 1): string {
  const rounded = Number(value.toFixed(decimals));
  return String(rounded).replace('.', ',');
}

export function formatKm(km: number): string {
  return `${formatDecimal(km)} km`;
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b e c". */
export function joinItalian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

/** plural(1, 'giorno', 'giorni') → "1 giorno"; plural(3, ...) → "3 giorni". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Text put between brackets, with any bracket of its own turned into a comma, so a sentence never
 * nests them: "Disabili (art. 1)" → "(Disabili, art. 1)".
 */
export function inBrackets(text: string): string {
  return `(${flattenBrackets(text)})`;
}

/** "Colf (collaboratore domestico)" → "Colf, collaboratore domestico". */
export function flattenBrackets(text: string): string {
  return text
    .replace(/\s*\(\s*/g, ', ')
    .replace(/\s*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^,\s*/, '')
    .trim();
}

/**
 * An occupation written inside a sentence: the vocabulary's label with its capital dropped ("come
 * assistente familiare"), acronyms kept ("OSS"); free text not in the vocabulary in lower case
 * whatever case it was typed in ("MAGAZZINIERE STAGIONALE" → "magazziniere stagionale").
 */
export function occupationInSentence(label: string, inVocabulary: boolean): string {
  const text = label.trim().replace(/\s+/g, ' ');
  if (!inVocabulary) return text.toLocaleLowerCase('it');
  const [first, second] = text;
  if (first === undefined || (second !== undefined && second !== second.toLocaleLowerCase('it')))
    return text;
  return first.toLocaleLowerCase('it') + text.slice(1);
}

const SHORT_DAYS: Readonly<Record<Weekday, string>> = {
  1: 'lun',
  2: 'mar',
  3: 'mer',
  4: 'gio',
  5: 'ven',
  6: 'sab',
  7: 'dom',
};

/** Runs of consecutive days: [1, 2, 3, 5] → [[1, 3], [5, 5]]. */
function dayRuns(days: readonly Weekday[]): Array<[Weekday, Weekday]> {
  const runs: Array<[Weekday, Weekday]> = [];
  for (const day of [...new Set(days)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/**
 * Windows grouped by their hours, days in ranges: five evenings read "lun-ven 18:00-23:00", one day
 * keeps its full name ("sabato 18:00-23:00"), several groups are joined ("lun-ven 09:00-13:00 e sabato
 * 09:00-12:00"). Groups follow the first day each one covers.
 */
export function describeWindows(windows: readonly TimeWindow[]): string {
  const groups = new Map<string, Weekday[]>();
  for (const window of windows) {
    const hours = `${window.start}-${window.end}`;
    groups.set(hours, [...(groups.get(hours) ?? []), window.day]);
  }
  const described = [...groups].map(([hours, days]) => {
    const runs = dayRuns(days);
    const single = runs.length === 1 && runs[0][0] === runs[0][1];
    const dayText = single
      ? WEEKDAY_LABELS[runs[0][0]]
      : joinItalian(
          runs.map(([from, to]) =>
            from === to ? SHORT_DAYS[from] : `${SHORT_DAYS[from]}-${SHORT_DAYS[to]}`,
          ),
        );
    return { first: runs[0][0], text: `${dayText} ${hours}` };
  });
  return joinItalian(described.sort((a, b) => a.first - b.first).map(({ text }) => text));
}

/** "a Lodi", "ad Abbiategrasso": the euphonic d before the same vowel. */
export function atPlace(name: string): string {
  return /^[aAàÀ]/.test(name) ? `ad ${name}` : `a ${name}`;
}
