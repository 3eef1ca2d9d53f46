/**
 * Italian VAT numbers (partita IVA): 11 digits, the company number (7), the office code (3) and a
 * check digit computed with the Luhn scheme the Agenzia delle Entrate uses: digits in odd positions
 * are added as they are, digits in even positions are doubled (minus 9 above 9), and the check
 * digit brings the total to a multiple of 10. The same digit closes the provisional 11-digit codice
 * fiscale of people still waiting for one.
 */
export function vatCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = first10.charCodeAt(i) - 48;
    if (i % 2 === 0) sum += digit;
    else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Eleven digits with the right check digit, and not all zeros: `00000000000` passes the check (its
 * sum is 0) but no office issues it, and it is what forms hold when the number is not known.
 */
export function isValidVatNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value) || /^0+$/.test(value)) return false;
  return vatCheckDigit(value.slice(0, 10)) === value.charCodeAt(10) - 48;
}

/**
 * The form people copy from invoices ("IT 01234 567 890", "IT01234567890") reduced to the 11
 * digits that are stored and compared. Anything else is returned trimmed, for validation to reject.
 */
export function normaliseVatNumber(value: string): string {
  const compact = value.replace(/[\s.-]/g, '').toUpperCase();
  return /^IT\d{11}$/.test(compact) ? compact.slice(2) : compact;
}
