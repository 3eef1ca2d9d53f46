/**
 * Calendar dates as ISO strings ('2025-09-01'). The rules compare days, never instants: a permit that
 * expires on the 1st is valid all day on the 1st wherever the server runs, so nothing here goes through
 * a local-time Date. The one conversion from an instant is the day it is in Italy (`dayInRome`).
 */
export type IsoDate = string;

/** The time zone of every calendar day in the product: people, companies and offices are in Italy. */
export const ROME_TIME_ZONE = 'Europe/Rome';

/**
 * Today's date in Rome as PostgreSQL computes it, for queries with no `today` parameter (search
 * documents, archiving checks). Queries that take today from the caller use todayInRome().
 */
export const TODAY_IN_ROME_SQL = `(now() AT TIME ZONE '${ROME_TIME_ZONE}')::date`;

const ROME_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year)
    ? 29
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function parse(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parse(value) !== null;
}

export function parseIsoDate(value: IsoDate): CalendarDate {
  const date = parse(value);
  if (!date) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): "${value}"`);
  return date;
}

/**
 * The day numbers of the dates last asked: matching compares the same few hundred dates (today,
 * start dates, permits' expiries) for every pair it scores.
 */
const DAY_NUMBERS = new Map<IsoDate, number>();
const DAY_NUMBERS_KEPT = 10_000;

/**
 * Days since 1970-01-01, counted in UTC so no time zone or summer-time change shifts a day.
 * setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
 */
function dayNumber(value: IsoDate): number {
  let days = DAY_NUMBERS.get(value);
  if (days === undefined) {
    const { year, month, day } = parseIsoDate(value);
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    days = date.getTime() / MS_PER_DAY;
    if (DAY_NUMBERS.size >= DAY_NUMBERS_KEPT) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(value, days);
  }
  return days;
}

/**
 * The calendar day an instant falls on in Italy, summer time included. Read from the parts, not from
 * a locale's layout, which ICU versions have changed.
 */
export function dayInRome(instant: Date): IsoDate {
  const part = Object.fromEntries(ROME_DAY.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}`;
}

/** Today's calendar date in Italy: ages, permits, deadlines and obligations are counted there. */
export function todayInRome(now: Date = new Date()): IsoDate {
  return dayInRome(now);
}

/** Negative when `a` is earlier than `b`, zero on the same day, positive when later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Whole days from `from` to `to`: 1 from Monday to Tuesday, -1 back. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after `date` (before it when negative): 2025-12-31 + 60 = 2026-03-01. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const time = (dayNumber(date) + days) * MS_PER_DAY;
  return new Date(time).toISOString().slice(0, 10);
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/**
 * Completed years of age on a date. Someone born on 29 February completes a year on 28 February in
 * common years: art. 2963 c.c. ends a term on the last day of the month when the day is missing.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = parseIsoDate(birthDate);
  const date = parseIsoDate(on);
  const birthdayThisYear = Math.min(birth.day, daysInMonth(date.year, birth.month));
  const beforeBirthday =
    date.month < birth.month || (date.month === birth.month && date.day < birthdayThisYear);
  return date.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** 1 September 2025 → "01/09/2025", the way Italian documents write dates. */
export function formatItalianDate(value: IsoDate): string {
  const { year, month, day } = parseIsoDate(value);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
