import { BulletinError } from './bulletin.error.js';
import {
  COMPOSITION_SCHEDULE,
  compositionScheduledAt,
  editionReading,
  isWeekKey,
  nextWeek,
  parseWeekKey,
  previousWeek,
  weekBounds,
  weekKeyOf,
  weekRelation,
  weeksInIsoYear,
} from './edition-week.js';

const HOUR_MS = 3_600_000;

function hoursIn(weekKey: string): number {
  const { start, end } = weekBounds(parseWeekKey(weekKey));
  return (end.getTime() - start.getTime()) / HOUR_MS;
}

describe('edition weeks in Europe/Rome', () => {
  it('starts a week on Monday 00:00 Rome time, not UTC', () => {
    const { start, end } = weekBounds(parseWeekKey('2026-W48'));
    expect(start.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(hoursIn('2026-W48')).toBe(168);
  });

  describe('the March change (Sunday 29 March 2026, 02:00 → 03:00)', () => {
    it('makes the week that contains it 167 hours long', () => {
      const { start, end } = weekBounds(parseWeekKey('2026-W13'));
      expect(start.toISOString()).toBe('2026-03-22T23:00:00.000Z'); // Monday 00:00 CET
      expect(end.toISOString()).toBe('2026-03-29T22:00:00.000Z'); // Monday 00:00 CEST
      expect(hoursIn('2026-W13')).toBe(167);
    });

    it('keeps Sunday 23:30 local in the same week and moves Monday 00:30 to the next', () => {
      expect(weekKeyOf(new Date('2026-03-29T23:30:00+02:00'))).toBe('2026-W13');
      expect(weekKeyOf(new Date('2026-03-30T00:30:00+02:00'))).toBe('2026-W14');
    });

    it('judges the instant by the Rome clock: 22:30 UTC on Sunday is already Monday in Rome', () => {
      expect(weekKeyOf(new Date('2026-03-29T21:59:59.999Z'))).toBe('2026-W13');
      expect(weekKeyOf(new Date('2026-03-29T22:00:00.000Z'))).toBe('2026-W14');
    });
  });

  describe('the October change (Sunday 25 October 2026, 03:00 → 02:00)', () => {
    it('makes the week that contains it 169 hours long', () => {
      const { start, end } = weekBounds(parseWeekKey('2026-W43'));
      expect(start.toISOString()).toBe('2026-10-18T22:00:00.000Z'); // Monday 00:00 CEST
      expect(end.toISOString()).toBe('2026-10-25T23:00:00.000Z'); // Monday 00:00 CET
      expect(hoursIn('2026-W43')).toBe(169);
    });

    it('keeps Sunday 23:30 local in the same week and moves Monday 00:30 to the next', () => {
      expect(weekKeyOf(new Date('2026-10-25T23:30:00+01:00'))).toBe('2026-W43');
      expect(weekKeyOf(new Date('2026-10-26T00:30:00+01:00'))).toBe('2026-W44');
    });

    it('puts both 02:30 of the repeated hour in the same week', () => {
      expect(weekKeyOf(new Date('2026-10-25T02:30:00+02:00'))).toBe('2026-W43');
      expect(weekKeyOf(new Date('2026-10-25T02:30:00+01:00'))).toBe('2026-W43');
    });
  });

  describe('year boundaries', () => {
    it('knows which ISO years have 53 weeks', () => {
      expect(weeksInIsoYear(2026)).toBe(53);
      expect(weeksInIsoYear(2020)).toBe(53);
      expect(weeksInIsoYear(2025)).toBe(52);
      expect(weeksInIsoYear(2027)).toBe(52);
    });

    it('puts 1 January 2027 in 2026-W53 and 4 January 2027 in 2027-W01', () => {
      expect(weekKeyOf(new Date('2027-01-01T12:00:00+01:00'))).toBe('2026-W53');
      expect(weekKeyOf(new Date('2027-01-03T23:59:00+01:00'))).toBe('2026-W53');
      expect(weekKeyOf(new Date('2027-01-04T00:00:00+01:00'))).toBe('2027-W01');
    });

    it('puts 29 December 2025 in 2026-W01', () => {
      expect(weekKeyOf(new Date('2025-12-29T00:00:00+01:00'))).toBe('2026-W01');
      expect(weekBounds(parseWeekKey('2026-W01')).start.toISOString()).toBe(
        '2025-12-28T23:00:00.000Z',
      );
    });

    it('steps across the year end in both directions', () => {
      expect(nextWeek(parseWeekKey('2026-W52'))).toBe('2026-W53');
      expect(nextWeek(parseWeekKey('2026-W53'))).toBe('2027-W01');
      expect(previousWeek(parseWeekKey('2027-W01'))).toBe('2026-W53');
      expect(nextWeek(parseWeekKey('2025-W52'))).toBe('2026-W01');
      expect(previousWeek(parseWeekKey('2026-W01'))).toBe('2025-W52');
    });

    it('steps across the DST weeks without skipping or repeating one', () => {
      expect(nextWeek(parseWeekKey('2026-W13'))).toBe('2026-W14');
      expect(previousWeek(parseWeekKey('2026-W44'))).toBe('2026-W43');
    });

    it('makes consecutive weeks touch: one ends where the next starts', () => {
      let week = parseWeekKey('2026-W01');
      for (let i = 0; i < 60; i += 1) {
        const following = nextWeek(week);
        expect(weekBounds(week).end).toEqual(weekBounds(following).start);
        week = following;
      }
      expect(week).toBe('2027-W08');
    });
  });

  describe('the Monday 08:00 composition instant', () => {
    it('is 07:00 UTC in winter and 06:00 UTC in summer', () => {
      expect(compositionScheduledAt(parseWeekKey('2026-W13')).toISOString()).toBe(
        '2026-03-23T07:00:00.000Z',
      );
      expect(compositionScheduledAt(parseWeekKey('2026-W14')).toISOString()).toBe(
        '2026-03-30T06:00:00.000Z',
      );
      expect(compositionScheduledAt(parseWeekKey('2026-W44')).toISOString()).toBe(
        '2026-10-26T07:00:00.000Z',
      );
    });

    it('belongs to the week it composes', () => {
      const week = parseWeekKey('2026-W53');
      expect(weekKeyOf(compositionScheduledAt(week))).toBe(week);
    });

    it('is what the job scheduler is told', () => {
      expect(COMPOSITION_SCHEDULE).toEqual({ pattern: '0 8 * * 1', tz: 'Europe/Rome' });
    });
  });

  describe('parsing keys', () => {
    it.each(['2026-W48', '2026-W01', '2026-W53', '2020-W53'])('accepts %s', (key) => {
      expect(parseWeekKey(key)).toBe(key);
      expect(isWeekKey(key)).toBe(true);
    });

    it.each([
      ['2025-W53', 'non esiste'],
      ['2026-W54', 'non esiste'],
      ['2026-W00', 'non esiste'],
      ['2026-W1', 'formato'],
      ['2026W48', 'formato'],
      ['2026-w48', 'formato'],
      ['26-W48', 'formato'],
      ['2026-W48 ', 'formato'],
      ['', 'formato'],
    ])('rejects %p in Italian', (key, words) => {
      expect(isWeekKey(key)).toBe(false);
      expect(() => parseWeekKey(key)).toThrow(BulletinError);
      expect(() => parseWeekKey(key)).toThrow(words);
    });

    it('rejects a key cast into the type without parsing', () => {
      expect(() => weekBounds('2025-W53' as ReturnType<typeof parseWeekKey>)).toThrow(
        expect.objectContaining({ code: 'INVALID_WEEK_KEY', status: 400 }),
      );
    });

    it('rejects an invalid instant', () => {
      expect(() => weekKeyOf(new Date('not a date'))).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE' }),
      );
    });
  });
});

describe('which weeks an edition may be composed for, and how it reads the records', () => {
  /** Friday 4 December 2026, 10:00 in Rome: week 49. */
  const friday = new Date('2026-12-04T09:00:00Z');

  it('tells this week, the next, a later one and a past one apart, across the year end', () => {
    expect(weekRelation(parseWeekKey('2026-W49'), friday)).toBe('CURRENT');
    expect(weekRelation(parseWeekKey('2026-W50'), friday)).toBe('NEXT');
    expect(weekRelation(parseWeekKey('2026-W51'), friday)).toBe('LATER');
    expect(weekRelation(parseWeekKey('2026-W48'), friday)).toBe('PAST');
    expect(weekRelation(parseWeekKey('2025-W52'), friday)).toBe('PAST');
    const lastSunday = new Date('2026-12-27T22:30:00Z'); // 23:30 in Rome, week 52
    expect(weekRelation(parseWeekKey('2026-W53'), lastSunday)).toBe('NEXT');
    expect(weekRelation(parseWeekKey('2027-W01'), lastSunday)).toBe('LATER');
  });

  it('reads this week now, a week ahead now but open on its Monday, a past week as it stood', () => {
    expect(editionReading(parseWeekKey('2026-W49'), friday)).toEqual({
      composedAt: friday,
      openAt: friday,
      historical: false,
    });
    const monday08 = compositionScheduledAt(parseWeekKey('2026-W50'));
    expect(editionReading(parseWeekKey('2026-W50'), friday)).toEqual({
      composedAt: friday,
      openAt: monday08,
      historical: false,
    });
    const pastMonday08 = compositionScheduledAt(parseWeekKey('2026-W45'));
    expect(pastMonday08.toISOString()).toBe('2026-11-02T07:00:00.000Z');
    expect(editionReading(parseWeekKey('2026-W45'), friday)).toEqual({
      composedAt: pastMonday08,
      openAt: pastMonday08,
      historical: true,
    });
  });
});
