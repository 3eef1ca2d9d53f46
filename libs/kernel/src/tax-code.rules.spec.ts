import { isValidTaxCode, normaliseTaxCode, taxCodeCheckLetter } from './tax-code.rules.js';

describe('codice fiscale', () => {
  it('accepts a well-formed code with the right check letter', () => {
    // RSSMRA85T10A562S is the textbook example: Mario Rossi, 10/12/1985, San Giuliano Terme.
    expect(taxCodeCheckLetter('RSSMRA85T10A562')).toBe('S');
    expect(isValidTaxCode('RSSMRA85T10A562S')).toBe(true);
    expect(isValidTaxCode(' rssmra85t10a562s ')).toBe(true);
  });

  it('rejects a wrong check letter, a wrong month letter and a wrong length', () => {
    expect(isValidTaxCode('RSSMRA85T10A562T')).toBe(false);
    expect(isValidTaxCode('RSSMRA85Z10A562S')).toBe(false);
    expect(isValidTaxCode('RSSMRA85T10A562')).toBe(false);
  });

  it('accepts omocodia (digits replaced by letters) when the check letter matches', () => {
    const base = 'RSSMRA85T10A56N';
    expect(isValidTaxCode(base + taxCodeCheckLetter(base))).toBe(true);
  });

  it('accepts a provisional numeric code only with its check digit', () => {
    // 0123456789 -> odd positions 0+2+4+6+8 = 20; even 1,3,5,7,9 doubled: 2+6+(10-9)+(14-9)+(18-9) = 23; 43 -> (10-3)%10 = 7
    expect(isValidTaxCode('01234567897')).toBe(true);
    expect(isValidTaxCode('01234567890')).toBe(false);
  });

  it('refuses an all-zero provisional code, as the partita IVA check does', () => {
    // Ten zeros have check digit 0, so the check alone accepted 00000000000 as a provisional code
    // while the same digits were refused as a partita IVA.
    expect(isValidTaxCode('00000000000')).toBe(false);
    expect(isValidTaxCode('000 000 000 00')).toBe(false);
  });

  it('normalises spacing and case', () => {
    expect(normaliseTaxCode('rss mra 85t10 a562s')).toBe('RSSMRA85T10A562S');
  });
});
