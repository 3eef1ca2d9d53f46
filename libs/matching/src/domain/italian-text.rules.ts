/** Small helpers so every explanation writes numbers and lists the same Italian way. */

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
