/**
 * Reading cells the way Italian spreadsheets write them. Each parser returns the value, or an
 * Italian message saying what is wrong (the value itself is not repeated: it may be personal).
 */
export type Parsed<T> = { value: T } | { problem: string };

const DATE_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as GG/MM/AAAA (or with dots or dashes) or AAAA-MM-GG; returns AAAA-MM-GG. */
export function parseDate(text: string): Parsed<string> {
  const dmy = DATE_DMY.exec(text);
  const iso = DATE_ISO.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { problem: 'data non valida: scrivila come GG/MM/AAAA' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { problem: 'data inesistente: controlla giorno e mese (GG/MM/AAAA)' };
  }
  return { value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** A whole number within bounds (Italian thousands dots are not accepted: they are ambiguous). */
export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  if (!/^\d+$/.test(text)) return { problem: 'deve essere un numero intero' };
  const value = Number(text);
  if (value < min || value > max) return { problem: `deve essere tra ${min} e ${max}` };
  return { value };
}

/** A number with a decimal comma or point, within bounds. */
export function parseDecimal(text: string, min: number, max: number): Parsed<number> {
  const normalised = text.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised))
    return { problem: 'deve essere un numero (es. 20 o 20,5)' };
  const value = Number(normalised);
  if (value < min || value > max) return { problem: `deve essere tra ${min} e ${max}` };
  return { value };
}

const YES = ['sì', 'si', 's', 'x', 'yes', 'y', 'true', 'vero', '1'];
const NO = ['no', 'n', 'false', 'falso', '0'];

export function parseYesNo(text: string): Parsed<boolean> {
  const lower = text.toLowerCase();
  if (YES.includes(lower)) return { value: true };
  if (NO.includes(lower)) return { value: false };
  return { problem: 'scrivi sì oppure no' };
}

/** One of a list of codes (case ignored); the message lists the codes when they are few. */
export function parseCode<C extends string>(text: string, codes: readonly C[]): Parsed<C> {
  const found = codes.find((code) => code.toLowerCase() === text.toLowerCase());
  if (found) return { value: found };
  const hint = codes.length <= 12 ? `: usa uno tra ${codes.join(', ')}` : '';
  return { problem: `valore non ammesso${hint}` };
}
