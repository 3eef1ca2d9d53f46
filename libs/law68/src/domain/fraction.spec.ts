import { Fraction, legalRound } from './fraction.js';

describe('Fraction', () => {
  it('computes 7% of 150 as exactly 10,50 and rounds it down to 10', () => {
    // The trap this type exists for: binary floating point overshoots one half.
    expect(0.07 * 150).toBeGreaterThan(10.5);
    const quota = Fraction.fromDecimal(0.07).mul(150);
    // 7/100 × 150 = 1050/100 = 21/2 exactly.
    expect(quota.toString()).toBe('21/2');
    // R(10,50): the fractional part 0,50 is not above 0,50, so it is dropped.
    expect(legalRound(quota)).toBe(10n);
  });

  it.each([
    // [value, R(value), why]
    [Fraction.percentOf(7, 151), 11n], // 10,57: 0,57 > 0,50 → 11
    [Fraction.percentOf(1, 250), 2n], // 2,50: exactly one half stays down → 2
    [Fraction.percentOf(1, 251), 3n], // 2,51 → 3
    [Fraction.of(1, 2), 0n], // 0,50 → 0
    [Fraction.of(51, 100), 1n], // 0,51 → 1
    [Fraction.of(1049, 100), 10n], // 10,49 → 10
    [Fraction.of(7), 7n], // an integer is left as it is
    [Fraction.of(0), 0n],
  ])('R(%s) = %s (art. 4 c.2: only fractions above 0,50 count as a unit)', (value, expected) => {
    expect(value.legalRound()).toBe(expected);
  });

  it('rounds exactly one half up only when asked to (roundHalfUp)', () => {
    const fourAndHalf = Fraction.of(9, 2);
    expect(fourAndHalf.legalRound()).toBe(4n);
    expect(fourAndHalf.roundHalfUp()).toBe(5n);
    expect(Fraction.of(44, 10).roundHalfUp()).toBe(4n);
  });

  it('reads decimals as written, so 0,1 + 0,2 is exactly 0,3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const sum = Fraction.fromDecimal(0.1).add(Fraction.fromDecimal(0.2));
    expect(sum.compare(Fraction.fromDecimal(0.3))).toBe(0);
    expect(Fraction.fromDecimal(37.5).toString()).toBe('75/2');
    expect(Fraction.fromDecimal(1e-7).toString()).toBe('1/10000000');
    expect(Fraction.fromDecimal(1e21).toString()).toBe('1000000000000000000000');
    expect(Fraction.fromDecimal(-2.25).toString()).toBe('-9/4');
  });

  it('sums hours ratios exactly: 3 × 20/40 is 3/2', () => {
    const ratio = Fraction.fromDecimal(20).div(Fraction.fromDecimal(40));
    expect(ratio.mul(3).toString()).toBe('3/2');
    expect(Fraction.sum([ratio, ratio, ratio]).compare(Fraction.of(3, 2))).toBe(0);
  });

  it('floors negative values towards minus infinity', () => {
    expect(Fraction.of(-5, 2).floor()).toBe(-3n);
    expect(Fraction.of(-5, 2).fractionalPart().toString()).toBe('1/2');
    expect(Fraction.of(5, 2).floor()).toBe(2n);
  });

  it('normalises signs and common factors', () => {
    expect(Fraction.of(6, -4).toString()).toBe('-3/2');
    expect(Fraction.of(10, 5).isInteger()).toBe(true);
  });

  it('refuses what has no exact value', () => {
    expect(() => Fraction.of(1, 0)).toThrow(RangeError);
    expect(() => Fraction.ONE.div(0)).toThrow(RangeError);
    expect(() => Fraction.fromDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => Fraction.of(0.5)).toThrow(RangeError);
  });
});
