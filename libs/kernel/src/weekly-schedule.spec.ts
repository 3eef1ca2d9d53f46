import { isEmptyWindow, toMinutes, toWeekInterval } from './weekly-schedule.js';

describe('toMinutes', () => {
  it('reads clock times as minutes from midnight, the end of the day included', () => {
    expect(toMinutes('00:00')).toBe(0);
    expect(toMinutes('08:30')).toBe(510);
    expect(toMinutes('13:05')).toBe(785);
    expect(toMinutes('23:59')).toBe(1439);
    expect(toMinutes('24:00')).toBe(1440);
  });

  it('reads a time written without the leading zero as before', () => {
    expect(toMinutes('7:05')).toBe(425);
  });

  it('places windows in the week from the clock times', () => {
    expect(toWeekInterval({ day: 2, start: '08:30', end: '12:00' })).toEqual({
      from: 1440 + 510,
      to: 1440 + 720,
    });
    expect(toWeekInterval({ day: 7, start: '22:00', end: '06:00' })).toEqual({
      from: 6 * 1440 + 1320,
      to: 7 * 1440 + 360,
    });
    expect(isEmptyWindow({ day: 1, start: '10:00', end: '10:00' })).toBe(true);
    expect(isEmptyWindow({ day: 1, start: '00:00', end: '24:00' })).toBe(false);
  });
});
