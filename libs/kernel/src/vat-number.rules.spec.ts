import { isValidVatNumber, normaliseVatNumber, vatCheckDigit } from './vat-number.rules.js';

describe('isValidVatNumber (partita IVA)', () => {
  it('accepts numbers whose check digit is right', () => {
    // Worked by hand: odd positions 1+3+5+7+9 = 25, even positions doubled 4+8+3+7+0 = 22,
    // total 47, check digit (10 - 7) % 10 = 3.
    expect(isValidVatNumber('12345678903')).toBe(true);
    // 1 + (9 × 2 − 9) = 10, already a multiple of 10: the check digit is 0.
    expect(isValidVatNumber('19000000000')).toBe(true);
    expect(isValidVatNumber('10000000009')).toBe(true);
    expect(isValidVatNumber('10000000008')).toBe(false);
  });

  it('rejects a wrong check digit and a single changed digit', () => {
    expect(isValidVatNumber('12345678904')).toBe(false);
    expect(isValidVatNumber('12345678913')).toBe(false);
    // Two neighbouring digits swapped: the doubling catches it.
    expect(isValidVatNumber('21345678903')).toBe(false);
  });

  it('rejects anything that is not 11 digits, and all zeros', () => {
    for (const value of ['', '1234567890', '123456789031', '1234567890a', 'IT12345678903']) {
      expect(isValidVatNumber(value)).toBe(false);
    }
    expect(isValidVatNumber('00000000000')).toBe(false);
  });

  it('computes the check digit of a published number (Agenzia delle Entrate, 06363391001)', () => {
    expect(vatCheckDigit('0636339100')).toBe(1);
    expect(isValidVatNumber('06363391001')).toBe(true);
    expect(isValidVatNumber('06363391002')).toBe(false);
    expect(isValidVatNumber('06363391')).toBe(false);
    expect(isValidVatNumber('0636339100A')).toBe(false);
    expect(vatCheckDigit('1234567890')).toBe(3);
  });

  it('refuses all zeros although the check digit alone would let it through', () => {
    // The copy in the demo data accepted 00000000000 and the one in companies refused it: the sum
    // of ten zeros is 0, so the check digit is 0 and only the explicit rule keeps it out.
    expect(vatCheckDigit('0000000000')).toBe(0);
    expect(isValidVatNumber('00000000000')).toBe(false);
    expect(isValidVatNumber('00000000018')).toBe(true);
  });
});

describe('normaliseVatNumber', () => {
  it('drops the country prefix, spaces, dots and dashes people copy from invoices', () => {
    expect(normaliseVatNumber('IT 12345 678 903')).toBe('12345678903');
    expect(normaliseVatNumber('it12345678903')).toBe('12345678903');
    expect(normaliseVatNumber('123.456.789-03')).toBe('12345678903');
  });

  it('leaves other text for validation to reject', () => {
    expect(normaliseVatNumber('DE123456789')).toBe('DE123456789');
    expect(isValidVatNumber(normaliseVatNumber('IT 1234'))).toBe(false);
  });
});
