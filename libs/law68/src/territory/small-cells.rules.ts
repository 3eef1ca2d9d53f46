/**
 * Small-cell suppression for counts of people shown to readers who may not know who those people
 * are (consultants). A count from 1 to threshold − 1 can single a person out ("the one registered
 * person within reach of this company"), so it is never shown: the cell reads `null` with a label.
 * Zero is shown (it names nobody). A count that is shown together with a part of it would give the
 * other part by subtraction, so when that difference is small the part is suppressed too
 * (complementary suppression). Every suppressed cell carries the same label, so a reader cannot
 * tell a small cell from one hidden only to protect a difference.
 */

export function smallCellLabel(threshold: number): string {
  return `meno di ${threshold} persone, o ricavabile per differenza: non mostrato`;
}

const isSmall = (count: number, threshold: number) => count > 0 && count < threshold;

export interface NestedCounts {
  /** The whole, e.g. the registered people within reach of a company. */
  total: number;
  /** A part of it, e.g. those of them who fit the company's sector. */
  part: number;
}

export interface SuppressedCounts {
  total: number | null;
  part: number | null;
}

/** A count and one part of it, each shown only if neither it nor what it reveals is small. */
export function suppressNestedCounts(counts: NestedCounts, threshold: number): SuppressedCounts {
  const total = isSmall(counts.total, threshold) ? null : counts.total;
  const part =
    total === null ||
    isSmall(counts.part, threshold) ||
    isSmall(counts.total - counts.part, threshold)
      ? null
      : counts.part;
  return { total, part: total === null && counts.part === 0 ? 0 : part };
}
