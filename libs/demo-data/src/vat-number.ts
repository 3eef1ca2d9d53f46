/**
 * Partite IVA: seven digits of the company's number, three of the tax office (the ISTAT code of the
 * province, which is the first three digits of any of its municipalities' codes) and a check digit.
 * Demo numbers are random, so one may coincide with a real company's; they describe no person.
 */

/** Digits in odd positions (1-based) are summed; even ones doubled, minus 9 when above 9. */
export function vatCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = Number(first10[i]);
    if (i % 2 === 0) sum += digit;
    else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidVatNumber(vat: string): boolean {
  return /^\d{11}$/.test(vat) && vatCheckDigit(vat.slice(0, 10)) === Number(vat[10]);
}

/** `companyNumber` 1-9,999,999; `officeCode` three digits such as '015' (Milano). */
export function vatNumber(companyNumber: number, officeCode: string): string {
  if (!/^\d{3}$/.test(officeCode)) throw new Error(`Codice ufficio non valido: ${officeCode}`);
  const first10 = String(companyNumber).padStart(7, '0') + officeCode;
  return first10 + vatCheckDigit(first10);
}
