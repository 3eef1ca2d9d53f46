import type { TimeWindow } from '#libs/kernel';
import { availabilityCovers } from './schedule-fit.rules.js';
import { filledSlots, mayCover, touchedSlots } from './week-slots.rules.js';

const w = (day: TimeWindow['day'], start: string, end: string): TimeWindow => ({ day, start, end });

describe('week slots', () => {
  it('keeps a shift inside the availability to the minute, off the quarter hours', () => {
    const availability = [w(1, '08:05', '12:10')];
    const shifts = [w(1, '08:05', '12:10')];
    expect(availabilityCovers(availability, shifts)).toBe(true);
    expect(mayCover(touchedSlots(availability), filledSlots(shifts))).toBe(true);
  });

  it('drops a shift a whole quarter hour outside the availability', () => {
    expect(
      mayCover(touchedSlots([w(1, '08:00', '12:00')]), filledSlots([w(1, '11:00', '13:00')])),
    ).toBe(false);
  });

  it('follows a Sunday night shift into Monday morning', () => {
    const shifts = [w(7, '22:00', '06:00')];
    expect(mayCover(touchedSlots([w(7, '20:00', '24:00')]), filledSlots(shifts))).toBe(false);
    expect(
      mayCover(touchedSlots([w(7, '20:00', '24:00'), w(1, '00:00', '07:00')]), filledSlots(shifts)),
    ).toBe(true);
  });

  it('never drops what the core accepts, on random windows', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const clock = () =>
      `${String(random(24)).padStart(2, '0')}:${String(random(60)).padStart(2, '0')}`;
    const windows = (n: number) =>
      Array.from({ length: n }, () => w((1 + random(7)) as TimeWindow['day'], clock(), clock()));
    let dropped = 0;
    for (let i = 0; i < 5000; i++) {
      const availability = windows(1 + random(5));
      const shifts = windows(1 + random(2));
      const may = mayCover(touchedSlots(availability), filledSlots(shifts));
      if (availabilityCovers(availability, shifts)) expect(may).toBe(true);
      else if (!may) dropped += 1;
    }
    expect(dropped).toBeGreaterThan(100);
  });
});
