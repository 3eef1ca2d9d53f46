/**
 * Weekly time windows: a candidate's availability ("Mon-Fri 08:30-16:00") and a vacancy's shifts.
 * Times are minutes from midnight in Europe/Rome local time; days are ISO weekdays (1 = Monday).
 * The helpers accept a window crossing midnight (22:00-06:00, `end` before `start`), but the API
 * never stores one: a night is entered as two windows (22:00-24:00 and 00:00-06:00 the next day).
 */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  1: 'lunedì',
  2: 'martedì',
  3: 'mercoledì',
  4: 'giovedì',
  5: 'venerdì',
  6: 'sabato',
  7: 'domenica',
};

export interface TimeWindow {
  day: Weekday;
  /** "HH:MM" */
  start: string;
  /** "HH:MM"; "24:00" is allowed as the end of the day. */
  end: string;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}

/** The digit of the character at `at` of `text`, or NaN. */
function digitAt(text: string, at: number): number {
  const digit = text.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

export function toMinutes(clock: string): number {
  // "HH:MM" read digit by digit: matching reads every shift's and availability's clock times for
  // every pair it scores, and splitting each into an array cost more than the rest of the reading.
  if (clock.length === 5 && clock.charCodeAt(2) === 58) {
    const minutes =
      (digitAt(clock, 0) * 10 + digitAt(clock, 1)) * 60 +
      digitAt(clock, 3) * 10 +
      digitAt(clock, 4);
    if (!Number.isNaN(minutes)) return minutes;
  }
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function formatMinutes(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** True when the window crosses midnight into the next day (a night shift 22:00-06:00). */
export function crossesMidnight(window: TimeWindow): boolean {
  return toMinutes(window.end) < toMinutes(window.start);
}

/**
 * The window as a half-open interval [from, to) of minutes from Monday 00:00. A window that crosses
 * midnight ends on the next day; Sunday night wraps to Monday, so `to` may exceed one week.
 */
export function toWeekInterval(window: TimeWindow): { from: number; to: number } {
  const dayStart = (window.day - 1) * MINUTES_PER_DAY;
  const from = dayStart + toMinutes(window.start);
  let to = dayStart + toMinutes(window.end);
  if (to <= from) to += MINUTES_PER_DAY;
  return { from, to };
}

/** Duration of a window in minutes. */
export function windowMinutes(window: TimeWindow): number {
  const { from, to } = toWeekInterval(window);
  return to - from;
}

/** A window whose end equals its start is empty and rejected by validation. */
export function isEmptyWindow(window: TimeWindow): boolean {
  return toMinutes(window.start) === toMinutes(window.end) && window.end !== '24:00';
}

export function describeWindow(window: TimeWindow): string {
  return `${WEEKDAY_LABELS[window.day]} ${window.start}-${window.end}`;
}
