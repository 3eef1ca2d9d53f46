import { isEmptyWindow, MINUTES_PER_WEEK, type TimeWindow, toWeekInterval } from '#libs/kernel';

/** Quarter hours in a week: 672 slots, 21 words of 32 bits. */
export const SLOT_MINUTES = 15;
export const WEEK_SLOTS = MINUTES_PER_WEEK / SLOT_MINUTES;
const WORDS = WEEK_SLOTS / 32;

export type WeekSlots = Uint32Array;

function setSlots(bits: WeekSlots, fromSlot: number, toSlot: number): void {
  for (let slot = fromSlot; slot < toSlot; slot++) {
    const index = slot % WEEK_SLOTS;
    bits[index >>> 5] |= 1 << (index & 31);
  }
}

/** The window's minutes as week intervals, the Sunday-night part continuing on Monday morning. */
function intervals(windows: readonly TimeWindow[]): Array<{ from: number; to: number }> {
  return windows.filter((window) => !isEmptyWindow(window)).map(toWeekInterval);
}

/**
 * Every quarter hour the availability touches, even for one minute: a superset of the time it covers,
 * so a shift outside these slots is certainly outside the availability.
 */
export function touchedSlots(windows: readonly TimeWindow[]): WeekSlots {
  const bits = new Uint32Array(WORDS);
  for (const { from, to } of intervals(windows)) {
    setSlots(bits, Math.floor(from / SLOT_MINUTES), Math.ceil(to / SLOT_MINUTES));
  }
  return bits;
}

/** Every quarter hour the shifts fill entirely: a subset of their time. */
export function filledSlots(windows: readonly TimeWindow[]): WeekSlots {
  const bits = new Uint32Array(WORDS);
  for (const { from, to } of intervals(windows)) {
    setSlots(bits, Math.ceil(from / SLOT_MINUTES), Math.floor(to / SLOT_MINUTES));
  }
  return bits;
}

/**
 * False only when a slot the shifts fill lies outside every slot the availability touches: then a
 * shift minute is certainly uncovered and the core's SCHEDULE check fails. True is "maybe": the core
 * decides to the minute.
 */
export function mayCover(availability: WeekSlots, shifts: WeekSlots): boolean {
  for (let word = 0; word < WORDS; word++) {
    if ((shifts[word] & ~availability[word]) !== 0) return false;
  }
  return true;
}
