import {
  addDays,
  ageOn,
  compareIsoDates,
  dayInRome,
  daysBetween,
  formatItalianDate,
  isIsoDate,
  laterOf,
  parseIsoDate,
  todayInRome,
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
    expect(daysBetween('2026-11-22', '2027-01-31')).toBe(70);
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

  it('adds days across month, year, leap day and the summer-time changes', () => {
    expect(addDays('2025-12-31', 60)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-05-12', 0)).toBe('2026-05-12');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('the calendar day in Rome', () => {
  it('starts the day at midnight in Rome, one hour before UTC in winter', () => {
    expect(dayInRome(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(dayInRome(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(dayInRome(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('starts the day two hours before UTC in summer', () => {
    expect(dayInRome(new Date('2026-07-31T21:59:59Z'))).toBe('2026-07-31');
    expect(dayInRome(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });

  it('follows the clocks on the nights they change (29 March and 25 October 2026)', () => {
    // The night before the spring change is still winter time, the night after it summer time.
    expect(dayInRome(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(dayInRome(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(dayInRome(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29');
    expect(dayInRome(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(dayInRome(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    // The night before the autumn change is still summer time, the night after it winter time.
    expect(dayInRome(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(dayInRome(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(dayInRome(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25');
    expect(dayInRome(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(dayInRome(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('reads today on the Rome clock, not on the server’s', () => {
    expect(todayInRome(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});
