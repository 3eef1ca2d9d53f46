import type { IsoDate } from '../domain/workforce.types.js';

const ROME_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Italy: obligations, deadlines and sanctions run on the Italian calendar. */
export function todayInItaly(now: Date = new Date()): IsoDate {
  return ROME_DATE.format(now);
}
