import { isValidTaxCode, isValidVatNumber } from '#libs/kernel';
import { Rng } from './prng.js';
import { isSyntheticTaxCode, syntheticTaxCode } from './synthetic-tax-code.js';
import { vatNumber } from './vat-number.js';

describe('demo partite IVA', () => {
  it('builds valid numbers with the tax office of the province', () => {
    const rng = new Rng('vat');
    for (let i = 0; i < 200; i += 1) {
      const vat = vatNumber(rng.int(1, 9_999_999), '015');
      expect(isValidVatNumber(vat)).toBe(true);
      expect(vat.slice(7, 10)).toBe('015');
    }
    expect(() => vatNumber(1, 'MI')).toThrow();
  });
});

describe('synthetic codice fiscale', () => {
  it('encodes name, birth date and gender as a real code does, with an X birth place', () => {
    const code = syntheticTaxCode(
      { firstName: 'Mario', lastName: 'Rossi', birthDate: '1985-12-10', gender: 'M' },
      562,
    );
    expect(code.slice(0, 15)).toBe('RSSMRA85T10X562');
    expect(
      syntheticTaxCode(
        { firstName: 'Giulia', lastName: "D'Angelo", birthDate: '2001-03-07', gender: 'F' },
        7,
      ),
    ).toMatch(/^DNGGLI01C47X007[A-Z]$/);
    expect(
      syntheticTaxCode(
        { firstName: 'Gianluca', lastName: 'Xu', birthDate: '1990-01-31', gender: 'M' },
        0,
      ),
    ).toMatch(/^XUXGLC90A31X000[A-Z]$/);
  });

  it('passes the product validator yet can never be a real person’s code', () => {
    const rng = new Rng('cf');
    for (let i = 0; i < 200; i += 1) {
      const code = syntheticTaxCode(
        {
          firstName: 'Fatou',
          lastName: 'Diop',
          birthDate: `19${rng.int(50, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
          gender: 'F',
        },
        rng.int(0, 999),
      );
      expect(isValidTaxCode(code)).toBe(true);
      expect(isSyntheticTaxCode(code)).toBe(true);
      // Real birth-place codes start with A-M (municipalities) or Z (foreign countries).
      expect(code[11]).toBe('X');
    }
    expect(isSyntheticTaxCode('RSSMRA85T10A562S')).toBe(false);
  });
});
