import { isValidVatNumber } from './vat-number.rules.js';

/**
 * Italian tax codes (codice fiscale). A person's code has 16 characters with a check letter; digits
 * may be replaced by letters (omocodia). People still waiting for one (often asylum seekers) hold a
 * provisional 11-digit numeric code.
 */
const ODD_VALUES: Record<string, number> = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
const PERSONAL_PATTERN =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function evenValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
}

export function taxCodeCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const char = first15[i];
    sum += i % 2 === 0 ? ODD_VALUES[char] : evenValue(char);
  }
  return String.fromCharCode(65 + (sum % 26));
}

export function normaliseTaxCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isValidTaxCode(value: string): boolean {
  const code = normaliseTaxCode(value);
  // A provisional code is built as a partita IVA is, all zeros refused alike.
  if (/^\d{11}$/.test(code)) return isValidVatNumber(code);
  return PERSONAL_PATTERN.test(code) && taxCodeCheckLetter(code.slice(0, 15)) === code[15];
}
