import { DateTime } from 'luxon';

/** Today's calendar date in Italy, where the people and the rules are. */
export function todayInRome(): string {
  return DateTime.now().setZone('Europe/Rome').toISODate()!;
}
