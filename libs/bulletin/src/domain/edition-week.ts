import { ROME_TIME_ZONE } from '#libs/kernel';
import { DateTime } from 'luxon';
import { BulletinError } from './bulletin.error.js';

/**
 * Editions are weekly and the week is the ISO week as people in Lombardy live it: Monday 00:00 to
 * the next Monday 00:00 in Europe/Rome, whatever the UTC offset does in between.
 */
export const EDITION_TIME_ZONE = ROME_TIME_ZONE;

/** An ISO week written '2026-W48'. Only `parseWeekKey` and `weekKeyOf` make one. */
export type WeekKey = string & { readonly __brand: 'WeekKey' };

export interface WeekBounds {
  /** Monday 00:00 Europe/Rome, inclusive. */
  start: Date;
  /** The next Monday 00:00 Europe/Rome, exclusive. */
  end: Date;
}

const COMPOSITION_HOUR = 8;

/**
 * When the worker composes: every Monday at 08:00 Rome time, in the shape BullMQ's job scheduler
 * takes (`pattern` + `tz`). DST changes happen on Sunday night, so 08:00 Monday always exists once.
 */
export const COMPOSITION_SCHEDULE = {
  pattern: `0 ${COMPOSITION_HOUR} * * 1`,
  tz: EDITION_TIME_ZONE,
} as const;

const WEEK_KEY_PATTERN = /^([1-9]\d{3})-W(\d{2})$/;

/** ISO years have 53 weeks when they start (or, in leap years, end) on a Thursday. */
export function weeksInIsoYear(year: number): 52 | 53 {
  // 28 December always lies in the last ISO week of its year.
  return DateTime.utc(year, 12, 28).weekNumber === 53 ? 53 : 52;
}

export function parseWeekKey(value: string): WeekKey {
  weekParts(value);
  return value as WeekKey;
}

export function isWeekKey(value: unknown): value is WeekKey {
  if (typeof value !== 'string') return false;
  const match = WEEK_KEY_PATTERN.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInIsoYear(Number(match[1]));
}

/** The edition week an instant belongs to, judged by the clock in Rome. */
export function weekKeyOf(instant: Date): WeekKey {
  const local = DateTime.fromJSDate(instant, { zone: EDITION_TIME_ZONE });
  if (!local.isValid) throw new BulletinError('INVALID_DATE', 'La data indicata non è valida.');
  return formatWeekKey(local.weekYear, local.weekNumber);
}

export function weekBounds(weekKey: WeekKey): WeekBounds {
  const start = mondayOf(weekKey);
  return { start: start.toJSDate(), end: start.plus({ weeks: 1 }).toJSDate() };
}

export function previousWeek(weekKey: WeekKey): WeekKey {
  const monday = mondayOf(weekKey).minus({ weeks: 1 });
  return formatWeekKey(monday.weekYear, monday.weekNumber);
}

export function nextWeek(weekKey: WeekKey): WeekKey {
  const monday = mondayOf(weekKey).plus({ weeks: 1 });
  return formatWeekKey(monday.weekYear, monday.weekNumber);
}

/** Monday 08:00 Europe/Rome of the week: the instant the scheduler composes that week's edition. */
export function compositionScheduledAt(weekKey: WeekKey): Date {
  return mondayOf(weekKey).set({ hour: COMPOSITION_HOUR }).toJSDate();
}

/** Where a week stands against today's: editors compose this week's edition or the next one. */
export type WeekRelation = 'PAST' | 'CURRENT' | 'NEXT' | 'LATER';

export function weekRelation(weekKey: WeekKey, now: Date): WeekRelation {
  const current = weekKeyOf(now);
  if (weekKey === current) return 'CURRENT';
  if (weekKey === nextWeek(current)) return 'NEXT';
  return mondayOf(weekKey) < mondayOf(current) ? 'PAST' : 'LATER';
}

/**
 * The instants an edition is read at. `composedAt` is the edition's cut-off (the next edition's
 * new offers start there) and what it reads the records as of; `openAt` is when every entry must
 * still be open.
 * - this week's edition: now, for both;
 * - next week's (or a later one, composed by the scheduler ahead of time): composed now, with
 *   what is known now, but only entries still open on that Monday at 08:00;
 * - a past week's (re-issued): as the scheduler would have composed it, on that Monday at 08:00,
 *   with the records as they stood then.
 */
export interface EditionReading {
  composedAt: Date;
  openAt: Date;
  /** True when the records must be read as they stood at `composedAt`, not as they are now. */
  historical: boolean;
}

export function editionReading(weekKey: WeekKey, now: Date): EditionReading {
  const scheduled = compositionScheduledAt(weekKey);
  switch (weekRelation(weekKey, now)) {
    case 'CURRENT':
      return { composedAt: now, openAt: now, historical: false };
    case 'PAST':
      return { composedAt: scheduled, openAt: scheduled, historical: true };
    default:
      return { composedAt: now, openAt: scheduled, historical: false };
  }
}

function mondayOf(weekKey: WeekKey): DateTime {
  const { year, week } = weekParts(weekKey);
  return DateTime.fromObject(
    { weekYear: year, weekNumber: week, weekday: 1 },
    { zone: EDITION_TIME_ZONE },
  );
}

/** Re-validates even branded keys: they also arrive from URLs and database rows cast to WeekKey. */
function weekParts(value: string): { year: number; week: number } {
  const match = WEEK_KEY_PATTERN.exec(value);
  if (!match) {
    throw new BulletinError(
      'INVALID_WEEK_KEY',
      `La settimana «${shown(value)}» non è valida: il formato è AAAA-Wss, per esempio 2026-W48.`,
    );
  }
  const year = Number(match[1]);
  const week = Number(match[2]);
  const weeks = weeksInIsoYear(year);
  if (week < 1 || week > weeks) {
    throw new BulletinError(
      'INVALID_WEEK_KEY',
      `La settimana «${shown(value)}» non esiste: il ${year} ha ${weeks} settimane ISO.`,
    );
  }
  return { year, week };
}

function formatWeekKey(weekYear: number, weekNumber: number): WeekKey {
  return `${weekYear}-W${String(weekNumber).padStart(2, '0')}` as WeekKey;
}

/** Keys come from URLs: echo back only a short prefix of whatever was sent. */
function shown(value: string): string {
  return value.length > 16 ? `${value.slice(0, 16)}…` : value;
}
