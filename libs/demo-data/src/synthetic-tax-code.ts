/**
 * Synthetic codici fiscali. They have the real shape and a correct check letter, so every validator
 * in the product accepts them, but the birth-place code starts with 'X': real place codes start with
 * A-M (Italian municipalities, codici catastali) or Z (foreign countries), never X, so no real person
 * can hold one of these codes. The three digits after the X are random, which keeps homonyms born
 * on the same day apart.
 */
import { taxCodeCheckLetter } from '#libs/kernel';

const MONTH_LETTERS = 'ABCDEHLMPRST';
export const SYNTHETIC_PLACE_PREFIX = 'X';

function letters(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
}

function split(name: string): { consonants: string; vowels: string } {
  const clean = letters(name);
  return { consonants: clean.replace(/[AEIOU]/g, ''), vowels: clean.replace(/[^AEIOU]/g, '') };
}

function surnamePart(surname: string): string {
  const { consonants, vowels } = split(surname);
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/** First names with four or more consonants skip the second one (Gianluca → GLC). */
function firstNamePart(firstName: string): string {
  const { consonants, vowels } = split(firstName);
  if (consonants.length >= 4) return consonants[0] + consonants[2] + consonants[3];
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

export interface TaxCodePerson {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: 'F' | 'M';
}

/** A synthetic code for the person; `placeDigits` (0-999) picks the made-up birth place. */
export function syntheticTaxCode(person: TaxCodePerson, placeDigits: number): string {
  const [year, month, day] = person.birthDate.split('-').map(Number);
  const dayPart = String(person.gender === 'F' ? day + 40 : day).padStart(2, '0');
  const first15 =
    surnamePart(person.lastName) +
    firstNamePart(person.firstName) +
    String(year % 100).padStart(2, '0') +
    MONTH_LETTERS[month - 1] +
    dayPart +
    SYNTHETIC_PLACE_PREFIX +
    String(placeDigits).padStart(3, '0');
  return first15 + taxCodeCheckLetter(first15);
}

export function isSyntheticTaxCode(code: string): boolean {
  return (
    /^[A-Z]{6}\d{2}[A-Z]\d{2}X\d{3}[A-Z]$/.test(code) &&
    taxCodeCheckLetter(code.slice(0, 15)) === code[15]
  );
}
