import { todayInRome } from './dates';

describe('todayInRome', () => {
  it('is already tomorrow in Rome after 23:00 UTC in winter, and after 22:00 UTC in summer', () => {
    expect(todayInRome(new Date('2026-12-04T22:59:00Z'))).toBe('2026-12-04');
    expect(todayInRome(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    expect(todayInRome(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });
});
