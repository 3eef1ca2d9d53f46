import { DateTime } from 'luxon';

/** Today's calendar date in Italy, where the consultants work. */
export function todayInRome(): string {
  return DateTime.now().setZone('Europe/Rome').toISODate()!;
}
