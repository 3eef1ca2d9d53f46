import { Fraction } from './fraction.js';
import { formatDate, formatEuro, formatNumber, formatPercent } from './working.js';

describe('working formatters', () => {
  it('writes numbers the Italian way and never rounds 10,50 up', () => {
    expect(formatNumber(Fraction.of(21, 2))).toBe('10,5');
    expect(formatNumber(Fraction.percentOf(7, 151))).toBe('10,57');
    expect(formatNumber(12n)).toBe('12');
    expect(formatNumber(37.5)).toBe('37,5');
    // 2/3 does not terminate: show the fraction and a truncated decimal (0,6666, not 0,6667).
    expect(formatNumber(Fraction.of(2, 3))).toBe('2/3 ≈ 0,6666');
  });

  it('writes euro cents as "€ 1.234,56"', () => {
    expect(formatEuro(73645)).toBe('€ 736,45');
    expect(formatEuro(123456789)).toBe('€ 1.234.567,89');
    expect(formatEuro(5)).toBe('€ 0,05');
  });

  it('writes dates and percentages for people', () => {
    expect(formatDate('2021-12-31')).toBe('31/12/2021');
    expect(formatPercent(33.5)).toBe('33,5%');
  });
});
