import { parseWeekKey } from '../domain/edition-week.js';
import {
  formatLastOpenDay,
  formatSchedule,
  formatWeekLabel,
  joinItalian,
  singleLine,
} from './italian-format.js';

describe('Italian formatting', () => {
  it.each([
    ['2026-W48', 'dal 23 al 29 novembre 2026'],
    ['2026-W49', 'dal 30 novembre al 6 dicembre 2026'],
    ['2026-W53', 'dal 28 dicembre 2026 al 3 gennaio 2027'],
    ['2026-W13', 'dal 23 al 29 marzo 2026'],
  ])('names week %s %p', (week, label) => {
    expect(formatWeekLabel(parseWeekKey(week))).toBe(label);
  });

  it('shows the last open day of an exclusive deadline on the Rome calendar', () => {
    expect(formatLastOpenDay(new Date('2026-12-01T00:00:00+01:00'))).toBe('30 novembre 2026');
    expect(formatLastOpenDay(new Date('2026-11-30T18:00:00+01:00'))).toBe('30 novembre 2026');
    expect(formatLastOpenDay(new Date('2026-11-30T23:30:00Z'))).toBe('1 dicembre 2026');
  });

  it('groups lessons with the same times', () => {
    expect(
      formatSchedule([
        { day: 4, start: '09:00', end: '11:30' },
        { day: 6, start: '10:00', end: '12:00' },
        { day: 2, start: '09:00', end: '11:30' },
      ]),
    ).toBe('martedì e giovedì 09:00-11:30; sabato 10:00-12:00');
    expect(joinItalian(['lunedì', 'mercoledì', 'venerdì'])).toBe('lunedì, mercoledì e venerdì');
  });

  it('keeps text from the search port on one line', () => {
    expect(singleLine('  Barista\r\n part-time\t\u0000 sera \u2028')).toBe(
      'Barista part-time sera',
    );
  });
});
