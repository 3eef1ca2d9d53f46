import { DateTime } from 'luxon';
import { EDITION_TIME_ZONE } from '../domain/edition-week.js';

/*
 * Records keep calendar days (published on, enrol by); editions compare instants. These are the
 * only two conversions, both on the Rome clock.
 */

/** The instant a day-based entry closes: the midnight that ends its last day, in Rome. */
export function closesAfterDay(lastDay: string): Date {
  return DateTime.fromISO(lastDay, { zone: EDITION_TIME_ZONE }).plus({ days: 1 }).toJSDate();
}

/** The first instant of a day in Rome, for dates shown as days ('inizio 11 gennaio 2027'). */
export function startOfDay(day: string): Date {
  return DateTime.fromISO(day, { zone: EDITION_TIME_ZONE }).toJSDate();
}

/**
 * When an offer published on `day` counts as published for the bulletin: at the end of that day.
 * An offer then enters exactly one edition, the first composed after its day is over, wherever in
 * the day it was entered and whatever the time of composition.
 */
export function publishedAfterDay(day: string): Date {
  return new Date(closesAfterDay(day).getTime() - 1);
}
