/**
 * Tutors and candidates type occupations and skills freely ("Addetto/a alle pulizie", "ADDETTA PULIZIE",
 * "aiuto-cuoco"), so every lookup compares a normalised form: lower case, no accents, no gender
 * endings written as "/a", "/o" or "(a)", punctuation turned into single spaces.
 */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})\s*(?:\/\s*[aeio]|\(\s*[aeio]\s*\))(?=$|[^\p{L}])/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** ISTAT CP2021 codes have one digit per level, one to five levels: '8', '5.2.2', '5.5.2.3.0'. */
const ISTAT_CODE = /^\d(?:\.\d){0,4}$/;

export function isIstatCode(value: string): boolean {
  return ISTAT_CODE.test(value.trim());
}

/**
 * The levels two ISTAT codes share from the left. The fifth level of CP2021 is often '0' ("no
 * further split"), so '5.5.2.3.0' and '5.5.2.2.0' share three levels, not four.
 */
export function sharedIstatLevels(a: string, b: string): string[] {
  const left = a.split('.');
  const right = b.split('.');
  const shared: string[] = [];
  for (let i = 0; i < Math.min(left.length, right.length) && left[i] === right[i]; i++) {
    shared.push(left[i]);
  }
  return shared;
}
