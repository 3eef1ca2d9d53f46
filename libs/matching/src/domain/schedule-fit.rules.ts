import {
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
  isEmptyWindow,
  toMinutes,
  toWeekInterval,
  type TimeWindow,
} from '#libs/kernel';

/** Night work for minors (brief of the matching issue): any minute between 22:00 and 06:00. */
export const NIGHT_START = '22:00';
export const NIGHT_END = '06:00';

interface Interval {
  from: number;
  to: number;
}

/**
 * The window as half-open intervals inside one week [0, MINUTES_PER_WEEK). Sunday 22:00-06:00 runs into
 * Monday morning, so it is cut at the end of the week and continues at Monday 00:00.
 */
function weekPieces(window: TimeWindow): Interval[] {
  const { from, to } = toWeekInterval(window);
  if (to <= MINUTES_PER_WEEK) return [{ from, to }];
  return [
    { from, to: MINUTES_PER_WEEK },
    { from: 0, to: to - MINUTES_PER_WEEK },
  ];
}

/** Overlapping and touching windows become one: Mon 08:00-12:00 + Mon 12:00-16:00 = Mon 08:00-16:00. */
function mergedAvailability(windows: readonly TimeWindow[]): Interval[] {
  const pieces = windows
    .filter((window) => !isEmptyWindow(window))
    .flatMap(weekPieces)
    .sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && piece.from <= last.to) last.to = Math.max(last.to, piece.to);
    else merged.push({ ...piece });
  }
  return merged;
}

function isCovered(piece: Interval, availability: readonly Interval[]): boolean {
  return availability.some((slot) => slot.from <= piece.from && piece.to <= slot.to);
}

/**
 * The shifts that fall, even for one minute, outside the availability windows. `null` availability
 * means the person has no time constraint, so nothing is outside it.
 */
export function uncoveredShifts(
  windows: readonly TimeWindow[] | null,
  shifts: readonly TimeWindow[],
): TimeWindow[] {
  if (windows === null) return [];
  const availability = mergedAvailability(windows);
  return shifts.filter(
    (shift) =>
      !isEmptyWindow(shift) && !weekPieces(shift).every((piece) => isCovered(piece, availability)),
  );
}

/** True when every shift lies inside the availability windows (used also by index pre-filters). */
export function availabilityCovers(
  windows: readonly TimeWindow[] | null,
  shifts: readonly TimeWindow[],
): boolean {
  return uncoveredShifts(windows, shifts).length === 0;
}

/**
 * Minutes of the shift between 22:00 and 06:00. Each night is taken as the interval around a midnight
 * [midnight - 2h, midnight + 6h); a shift crossing midnight meets the night of the next day too.
 */
export function minutesInNight(shift: TimeWindow): number {
  if (isEmptyWindow(shift)) return 0;
  const { from, to } = toWeekInterval(shift);
  const beforeMidnight = MINUTES_PER_DAY - toMinutes(NIGHT_START);
  const afterMidnight = toMinutes(NIGHT_END);
  let minutes = 0;
  const firstDay = Math.floor(from / MINUTES_PER_DAY);
  const lastDay = Math.floor((to - 1) / MINUTES_PER_DAY) + 1;
  for (let day = firstDay; day <= lastDay; day++) {
    const midnight = day * MINUTES_PER_DAY;
    const overlap =
      Math.min(to, midnight + afterMidnight) - Math.max(from, midnight - beforeMidnight);
    if (overlap > 0) minutes += overlap;
  }
  return minutes;
}
