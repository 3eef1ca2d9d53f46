import { availabilityCovers, minutesInNight, uncoveredShifts } from './schedule-fit.rules.js';
import { weekdays, timeWindow } from './testing/match.fixtures.js';

describe('availabilityCovers', () => {
  const schoolHours = weekdays('08:30', '16:00');

  it('covers a shift that ends exactly when the window ends, not one minute later', () => {
    expect(availabilityCovers(schoolHours, [timeWindow(2, '12:00', '16:00')])).toBe(true);
    expect(availabilityCovers(schoolHours, [timeWindow(2, '12:00', '16:01')])).toBe(false);
  });

  it('covers a shift that starts exactly when the window starts, not one minute earlier', () => {
    expect(availabilityCovers(schoolHours, [timeWindow(3, '08:30', '12:00')])).toBe(true);
    expect(availabilityCovers(schoolHours, [timeWindow(3, '08:29', '12:00')])).toBe(false);
  });

  it('never offers an evening shift to a mother free only during school hours', () => {
    const evening = timeWindow(2, '17:00', '21:00');
    expect(uncoveredShifts(schoolHours, [timeWindow(1, '09:00', '13:00'), evening])).toEqual([
      evening,
    ]);
  });

  it('joins touching and overlapping windows, but not windows with a gap', () => {
    const shift = [timeWindow(1, '09:00', '15:00')];
    expect(
      availabilityCovers([timeWindow(1, '08:00', '12:00'), timeWindow(1, '12:00', '16:00')], shift),
    ).toBe(true);
    expect(
      availabilityCovers([timeWindow(1, '11:00', '16:00'), timeWindow(1, '08:00', '12:00')], shift),
    ).toBe(true);
    expect(
      availabilityCovers([timeWindow(1, '08:00', '12:00'), timeWindow(1, '12:30', '16:00')], shift),
    ).toBe(false);
  });

  it('does not lend one day’s availability to another day', () => {
    expect(
      availabilityCovers([timeWindow(1, '08:00', '16:00')], [timeWindow(2, '09:00', '12:00')]),
    ).toBe(false);
  });

  it('follows windows and shifts across midnight', () => {
    const nights = [timeWindow(5, '22:00', '06:00')];
    expect(availabilityCovers(nights, [timeWindow(5, '23:00', '02:00')])).toBe(true);
    expect(availabilityCovers(nights, [timeWindow(6, '00:00', '05:00')])).toBe(true);
    expect(availabilityCovers(nights, [timeWindow(6, '05:00', '07:00')])).toBe(false);
  });

  it('wraps Sunday night into Monday morning', () => {
    const sundayNight = [timeWindow(7, '20:00', '24:00'), timeWindow(1, '00:00', '08:00')];
    expect(availabilityCovers(sundayNight, [timeWindow(7, '22:00', '06:00')])).toBe(true);
    expect(
      availabilityCovers([timeWindow(7, '20:00', '08:00')], [timeWindow(1, '01:00', '07:00')]),
    ).toBe(true);
    expect(
      availabilityCovers([timeWindow(7, '20:00', '08:00')], [timeWindow(1, '07:00', '09:00')]),
    ).toBe(false);
  });

  it('reads 24:00 as the end of the day', () => {
    const evenings = [timeWindow(1, '16:00', '24:00'), timeWindow(2, '00:00', '02:00')];
    expect(availabilityCovers(evenings, [timeWindow(1, '20:00', '24:00')])).toBe(true);
    expect(availabilityCovers(evenings, [timeWindow(1, '22:00', '02:00')])).toBe(true);
  });

  it('treats null availability as no time constraint and an empty list as no time at all', () => {
    expect(availabilityCovers(null, [timeWindow(6, '22:00', '06:00')])).toBe(true);
    expect(availabilityCovers([], [timeWindow(1, '09:00', '10:00')])).toBe(false);
    expect(availabilityCovers([], [])).toBe(true);
  });
});

describe('minutesInNight', () => {
  it('counts no night in shifts that start at 06:00 or end at 22:00', () => {
    expect(minutesInNight(timeWindow(1, '06:00', '14:00'))).toBe(0);
    expect(minutesInNight(timeWindow(1, '14:00', '22:00'))).toBe(0);
  });

  it('counts every minute between 22:00 and 06:00', () => {
    expect(minutesInNight(timeWindow(1, '21:00', '22:01'))).toBe(1);
    expect(minutesInNight(timeWindow(1, '05:59', '07:00'))).toBe(1);
    expect(minutesInNight(timeWindow(1, '22:00', '06:00'))).toBe(480);
    expect(minutesInNight(timeWindow(7, '23:00', '01:00'))).toBe(120);
    expect(minutesInNight(timeWindow(3, '00:00', '24:00'))).toBe(480);
  });
});
