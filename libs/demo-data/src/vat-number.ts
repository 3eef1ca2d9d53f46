/**
 * Partite IVA: seven digits of the company's number, three of the tax office (the ISTAT code of the
 * province, which is the first three digits of any of its municipalities' codes) and a check digit.
 * Demo numbers are random, so one may coincide with a real company's; they describe no person.
 */
import { vatCheckDigit } from '#libs/kernel';

/** `companyNumber` 1-9,999,999; `officeCode` three digits such as '015' (Milano). */
export function vatNumber(companyNumber: number, officeCode: string): string {
  if (!/^\d{3}$/.test(officeCode)) throw new Error(`Codice ufficio non valido: ${officeCode}`);
  const first10 = String(companyNumber).padStart(7, '0') + officeCode;
  return first10 + vatCheckDigit(first10);
}
