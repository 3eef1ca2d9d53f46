import { countWorkingDays, easterSunday, isWorkingDay } from './working-days.calculator.js';

describe('working days', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it('skips weekends, national holidays and Easter Monday', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-04-04')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(isWorkingDay('2026-06-02')).toBe(false);
    expect(isWorkingDay('2026-12-08')).toBe(false);
    expect(isWorkingDay('2025-12-26')).toBe(false);
    // San Francesco is a holiday again only from 2026.
    expect(isWorkingDay('2024-10-04')).toBe(true);
    expect(isWorkingDay('2027-10-04')).toBe(false);
  });

  it('counts both ends, and nothing for an empty range', () => {
    expect(countWorkingDays('2026-04-01', '2026-04-30')).toBe(21);
    expect(countWorkingDays('2025-01-01', '2025-12-31')).toBe(251);
    expect(countWorkingDays('2026-04-03', '2026-04-03')).toBe(1);
    expect(countWorkingDays('2026-04-04', '2026-04-03')).toBe(0);
  });
});
