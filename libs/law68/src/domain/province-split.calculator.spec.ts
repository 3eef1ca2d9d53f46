import { splitQuotas, type SplitInput } from './province-split.calculator.js';
import { art18QuotaOf, bandOf } from './quota.calculator.js';
import { Fraction } from './fraction.js';

/** National figures from the sum of the provincial bases, as the prospetto does. */
function split(bases: Record<string, [number, number]>, seat: string) {
  const provinces = Object.entries(bases).map(([province, [b3, b18]]) => ({ province, b3, b18 }));
  const b3 = provinces.reduce((n, p) => n + p.b3, 0);
  const b18 = provinces.reduce((n, p) => n + p.b18, 0);
  const band = bandOf(b3);
  const q3 =
    band === 'A'
      ? Number(Fraction.percentOf(7, b3).legalRound())
      : { NOT_OBLIGED: 0, C: 1, B: 2 }[band];
  const input: SplitInput = {
    band,
    q3,
    b18,
    q18: art18QuotaOf(b18),
    registeredOfficeProvince: seat,
    provinces,
  };
  const result = splitQuotas(input);
  return {
    q3: Object.fromEntries(result.quotas.map((q) => [q.province, q.q3])),
    q18: Object.fromEntries(result.quotas.map((q) => [q.province, q.q18])),
    working: result.working,
  };
}

describe('multi-province split (§1.5)', () => {
  it('gives the whole 15-50 quota to the sede legale', () => {
    // B3 = 30 + 10 = 40 → band B, quota 2, all to BG where the sede legale is.
    expect(split({ MI: [30, 30], BG: [10, 10] }, 'BG').q3).toEqual({ MI: 0, BG: 2 });
    // B3 = 10 + 10 = 20 → band C, quota 1 to MI.
    expect(split({ MI: [10, 10], BG: [10, 10] }, 'MI').q3).toEqual({ MI: 1, BG: 0 });
  });

  it('gives the art. 18 unit of a 51-150 base to the sede legale', () => {
    // B18 = 90 + 30 = 120 → 1 art. 18 worker, to LO.
    expect(split({ MI: [90, 90], LO: [30, 30] }, 'LO').q18).toEqual({ MI: 0, LO: 1 });
  });

  it('gives each province of band A R(7% × its base)', () => {
    // MI 7% × 100 = 7; BG 7% × 60 = 4,2 → 4. National 7% × 160 = 11,2 → 11 = 7 + 4.
    expect(split({ MI: [100, 100], BG: [60, 60] }, 'MI').q3).toEqual({ MI: 7, BG: 4 });
  });

  it('adds a shortfall of the provincial sum to the sede legale', () => {
    // MI 7% × 107 = 7,49 → 7; LO 7% × 7 = 0,49 → 0. Sum 7.
    // National 7% × 114 = 7,98 → 8: the missing 1 goes to LO, the sede legale, not to MI.
    const result = split({ MI: [107, 107], LO: [7, 7] }, 'LO');
    expect(result.q3).toEqual({ MI: 7, LO: 1 });
    expect(result.working.find((s) => s.step === 'split.q3.remainder')).toMatchObject({
      province: 'LO',
      value: '+1',
    });
  });

  it('takes an excess of the provincial sum from the largest decimal remainder', () => {
    // BG 7% × 9 = 0,63 → 1; CR 7% × 8 = 0,56 → 1; MI 7% × 36 = 2,52 → 3. Sum 5.
    // National 7% × 53 = 3,71 → 4: one too many, taken from BG (0,63 is the largest remainder).
    expect(split({ BG: [9, 9], CR: [8, 8], MI: [36, 36] }, 'MI').q3).toEqual({
      BG: 0,
      CR: 1,
      MI: 3,
    });
  });

  it('takes a larger excess one unit at a time, ties in input order', () => {
    // Seven provinces of 8: 7% × 8 = 0,56 → 1 each, sum 7. National 7% × 56 = 3,92 → 4 (band A):
    // three too many, taken one each from the first three (all remainders are equal).
    const eight: [number, number] = [8, 8];
    const names = ['MI', 'BG', 'BS', 'CO', 'CR', 'LC', 'LO'];
    const result = split(Object.fromEntries(names.map((n) => [n, eight])), 'LO');
    expect(result.q3).toEqual({ MI: 0, BG: 0, BS: 0, CO: 1, CR: 1, LC: 1, LO: 1 });
  });

  it('splits an art. 18 quota above 150 with the same rules at 1%', () => {
    // MI 1% × 160 = 1,6 → 2; BG 1% × 90 = 0,9 → 1. Sum 3.
    // National 1% × 250 = 2,5 → 2: one too many, taken from BG (0,9 > 0,6).
    expect(split({ MI: [160, 160], BG: [90, 90] }, 'MI').q18).toEqual({ MI: 2, BG: 0 });
  });

  it('keeps the national quota whole in every case', () => {
    const result = split({ BG: [9, 9], CR: [8, 8], MI: [36, 36] }, 'MI');
    expect(Object.values(result.q3).reduce((a, b) => a + b, 0)).toBe(4);
  });
});
