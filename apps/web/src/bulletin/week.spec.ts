import { weekKeyOf } from './week';

describe('weekKeyOf (console)', () => {
  it('is the ISO week in Rome, also across the new year and on Sunday night', () => {
    expect(weekKeyOf(new Date('2026-12-04T12:00:00Z'))).toBe('2026-W49');
    expect(weekKeyOf(new Date('2026-12-04T12:00:00Z'), 1)).toBe('2026-W50');
    // Sunday 23:30 UTC is already Monday in Rome.
    expect(weekKeyOf(new Date('2026-12-06T23:30:00Z'))).toBe('2026-W50');
    expect(weekKeyOf(new Date('2026-12-28T12:00:00Z'), 1)).toBe('2027-W01');
    expect(weekKeyOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
  });
});
