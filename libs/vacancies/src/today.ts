import { DateTime } from 'luxon';

/** Today's calendar date in Italy, where vacancies are published and expire. */
export function todayInRome(): string {
  return DateTime.now().setZone('Europe/Rome').toISODate()!;
}
