import { isClockTime, type TimeWindow, toMinutes, WEEKDAYS } from '#libs/kernel';
import type { FieldProblem } from '#libs/platform';

export const SHIFT_ENDS_BEFORE_START =
  "l'orario di fine deve essere successivo a quello di inizio (per la notte usa due fasce: 22:00-24:00 e 00:00-06:00)";

/**
 * A vacancy's shifts are stored as the candidates' availability is: each window within one day,
 * ending after it starts; a night shift is two windows (Mon 22:00-24:00 and Tue 00:00-06:00), which
 * matching joins again when it compares them with availability. One rule for both sides means a
 * window that ends before it starts is always a typing error, never a guess about midnight.
 */
export function checkShifts(shifts: readonly TimeWindow[], field = 'shifts'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  shifts.forEach((shift, index) => {
    const at = `${field}[${index}]`;
    if (!(WEEKDAYS as readonly number[]).includes(shift.day)) {
      problems.push({ field: `${at}.day`, message: 'giorno da 1 (lunedì) a 7 (domenica)' });
    }
    const startOk = isClockTime(shift.start) && shift.start !== '24:00';
    if (!startOk) problems.push({ field: `${at}.start`, message: 'orario nel formato HH:MM' });
    if (!isClockTime(shift.end)) {
      problems.push({
        field: `${at}.end`,
        message: 'orario nel formato HH:MM (24:00 per la mezzanotte)',
      });
    } else if (startOk && toMinutes(shift.end) <= toMinutes(shift.start)) {
      problems.push({ field: `${at}.end`, message: SHIFT_ENDS_BEFORE_START });
    }
  });
  return problems;
}
