import { DateTime } from 'luxon';

/** The ISO week key ('2026-W49') of an instant, as the week is lived in Rome. */
export function weekKeyOf(instant: Date, plusWeeks = 0): string {
  const day = DateTime.fromJSDate(instant).setZone('Europe/Rome').plus({ weeks: plusWeeks });
  return `${day.weekYear}-W${String(day.weekNumber).padStart(2, '0')}`;
}
