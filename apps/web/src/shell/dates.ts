/**
 * Today's date as people in Lombardy live it ('2026-12-04'), whatever the browser's time zone: the
 * API judges dates in Europe/Rome, so a form's default must too (UTC is yesterday after midnight).
 */
export function todayInRome(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
