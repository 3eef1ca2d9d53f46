import { DateTime } from 'luxon';
import { type TimeWindow, WEEKDAY_LABELS } from '#libs/kernel';
import { EDITION_TIME_ZONE, type WeekKey, weekBounds } from '../domain/edition-week.js';

/** Dates and lists as Italian readers write them; every date is read on the Rome clock. */

function local(date: Date): DateTime {
  return DateTime.fromJSDate(date, { zone: EDITION_TIME_ZONE }).setLocale('it');
}

/** '30 novembre 2026' */
export function formatDate(date: Date): string {
  return local(date).toFormat('d LLLL yyyy');
}

/**
 * The last day an entry is open. `expiresAt` is exclusive, so a deadline stored as the midnight
 * that ends 30 November reads '30 novembre', not '1 dicembre'.
 */
export function formatLastOpenDay(expiresAt: Date): string {
  return formatDate(new Date(expiresAt.getTime() - 1));
}

/** 'dal 23 al 29 novembre 2026', 'dal 30 novembre al 6 dicembre 2026', across years in full. */
export function formatWeekLabel(weekKey: WeekKey): string {
  const { start, end } = weekBounds(weekKey);
  const first = local(start);
  const last = local(end).minus({ days: 1 });
  if (first.year !== last.year)
    return `dal ${formatDate(start)} al ${last.toFormat('d LLLL yyyy')}`;
  if (first.month !== last.month) {
    return `dal ${first.toFormat('d LLLL')} al ${last.toFormat('d LLLL yyyy')}`;
  }
  return `dal ${first.day} al ${last.toFormat('d LLLL yyyy')}`;
}

/** 'martedì e giovedì 09:00-11:30; sabato 10:00-12:00' */
export function formatSchedule(windows: readonly TimeWindow[]): string {
  const byTime = new Map<string, TimeWindow[]>();
  for (const window of [...windows].sort((a, b) => a.day - b.day)) {
    const time = `${window.start}-${window.end}`;
    byTime.set(time, [...(byTime.get(time) ?? []), window]);
  }
  return [...byTime.entries()]
    .map(
      ([time, days]) => `${joinItalian(days.map((window) => WEEKDAY_LABELS[window.day]))} ${time}`,
    )
    .join('; ');
}

/** 'lunedì, mercoledì e venerdì' */
export function joinItalian(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} e ${words[words.length - 1]}`;
}

export function formatHours(hours: number): string {
  return hours === 1 ? '1 ora' : `${hours} ore`;
}

/**
 * Text from the search port may carry line breaks, tabs or control characters: each entry is one
 * line in the text e-mail and one block in the HTML, and a stray CR/LF must never reach a header.
 */
export function singleLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
