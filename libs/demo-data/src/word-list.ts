/** Comma- or line-separated words of a data table, so long lists stay compact under the formatter. */
export function wordList(text: string): readonly string[] {
  return text
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}
