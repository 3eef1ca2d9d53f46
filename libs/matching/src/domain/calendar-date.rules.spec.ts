import {
  ageOn,
  compareIsoDates,
  daysBetween,
  formatItalianDate,
  isIsoDate,
  laterOf,
  parseIsoDate,
} from './calendar-date.rules.js';

describe('calendar dates', () => {
  it('accepts only real calendar days written as YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-9-1')).toBe(false);
    expect(isIsoDate('2025-09-01T00:00:00Z')).toBe(false);
    expect(() => parseIsoDate('01/09/2025')).toThrow(RangeError);
  });

  it('counts calendar days, unaffected by the change to summer time', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-09-02', '2025-09-01')).toBe(-1);
  });

  it('compares days and picks the later one', () => {
    expect(compareIsoDates('2025-08-31', '2025-09-01')).toBeLessThan(0);
    expect(compareIsoDates('2025-09-01', '2025-09-01')).toBe(0);
    expect(laterOf('2025-09-01', '2025-08-31')).toBe('2025-09-01');
    expect(laterOf('2025-08-31', '2025-09-01')).toBe('2025-09-01');
  });

  it('turns 18 on the birthday, not the day before', () => {
    expect(ageOn('2007-09-15', '2025-09-14')).toBe(17);
    expect(ageOn('2007-09-15', '2025-09-15')).toBe(18);
    expect(ageOn('2007-09-15', '2026-01-01')).toBe(18);
  });

  it('completes a year on 28 February for people born on 29 February in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-27')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('writes dates the Italian way', () => {
    expect(formatItalianDate('2025-09-01')).toBe('01/09/2025');
  });
});
