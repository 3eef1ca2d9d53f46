import type { TimeWindow } from '#libs/kernel';
import { checkShifts, SHIFT_ENDS_BEFORE_START } from './shift.rules.js';

const shift = (day: number, start: string, end: string) => ({ day, start, end }) as TimeWindow;

describe('checkShifts', () => {
  it('accepts day shifts and a night shift written as two windows', () => {
    expect(
      checkShifts([
        shift(1, '08:30', '16:00'),
        shift(1, '22:00', '24:00'),
        shift(2, '00:00', '06:00'),
      ]),
    ).toEqual([]);
  });

  it('rejects a window that ends before it starts, naming its end', () => {
    expect(checkShifts([shift(1, '08:00', '12:00'), shift(3, '22:00', '06:00')])).toEqual([
      { field: 'shifts[1].end', message: SHIFT_ENDS_BEFORE_START },
    ]);
  });

  it('rejects an empty window', () => {
    expect(checkShifts([shift(5, '09:00', '09:00')])).toEqual([
      { field: 'shifts[0].end', message: SHIFT_ENDS_BEFORE_START },
    ]);
  });

  it('rejects malformed times and days', () => {
    const fields = checkShifts([shift(8, '9:00', '25:00'), shift(1, '24:00', '24:00')]).map(
      (problem) => problem.field,
    );
    expect(fields).toEqual([
      'shifts[0].day',
      'shifts[0].start',
      'shifts[0].end',
      'shifts[1].start',
    ]);
  });
});
