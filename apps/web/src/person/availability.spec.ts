import { applySlot, emptyWeek, fromWindows, PRESETS, toWindows } from './availability';

describe('availability grid', () => {
  it('fills "lun-ven 08:30-16:00" with the school-hours preset', () => {
    const { days, slot } = PRESETS.school;
    expect(toWindows(applySlot(emptyWeek(), days, slot))).toEqual(
      [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:30', end: '16:00' })),
    );
  });

  it('splits a night across midnight into two windows, Sunday night into Monday', () => {
    const grid = emptyWeek();
    grid[0] = [{ start: '22:00', end: '06:00' }];
    grid[6] = [{ start: '23:00', end: '05:00' }];
    expect(toWindows(grid)).toEqual([
      { day: 1, start: '00:00', end: '05:00' },
      { day: 1, start: '22:00', end: '24:00' },
      { day: 2, start: '00:00', end: '06:00' },
      { day: 7, start: '23:00', end: '24:00' },
    ]);
  });

  it('shows stored windows back as the slots the tutor entered', () => {
    const grid = emptyWeek();
    grid[0] = [{ start: '22:00', end: '06:00' }];
    grid[2] = [
      { start: '08:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ];
    grid[4] = [{ start: '18:00', end: '24:00' }];
    grid[6] = [{ start: '23:00', end: '05:00' }];
    expect(fromWindows(toWindows(grid))).toEqual(grid);
  });
});
