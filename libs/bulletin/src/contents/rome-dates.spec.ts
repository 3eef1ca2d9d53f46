import { dayInRome } from '#libs/kernel';
import { closesAfterDay, publishedAfterDay, startOfDay } from './rome-dates.js';

describe('calendar days on the Rome clock', () => {
  it('closes an entry at the midnight that ends its last day', () => {
    expect(closesAfterDay('2026-11-30').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(closesAfterDay('2026-07-31').toISOString()).toBe('2026-07-31T22:00:00.000Z');
  });

  it('keeps a day of 23 or 25 hours whole across the DST changes', () => {
    expect(closesAfterDay('2026-03-29').getTime() - startOfDay('2026-03-29').getTime()).toBe(
      23 * 3_600_000,
    );
    expect(closesAfterDay('2026-10-25').getTime() - startOfDay('2026-10-25').getTime()).toBe(
      25 * 3_600_000,
    );
  });

  it('counts an offer as published at the end of its day, so it enters one edition only', () => {
    const published = publishedAfterDay('2026-11-23');
    const mondayComposition = new Date('2026-11-23T07:00:00Z');
    expect(published.getTime()).toBeGreaterThan(mondayComposition.getTime());
    expect(published.getTime()).toBeLessThan(closesAfterDay('2026-11-23').getTime());
  });

  it('reads today in Rome, not in UTC', () => {
    expect(dayInRome(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});
