/**
 * The weekly availability as a tutor fills it in (one row per day, slots that may cross midnight)
 * and as the API stores it (windows within one day, 1 = Monday ... 7 = Sunday). Pure.
 */
export interface TimeWindow {
  day: number;
  start: string;
  end: string;
}
export interface Slot {
  start: string;
  end: string;
}
/** Index 0 = Monday ... 6 = Sunday. */
export type WeekGrid = Slot[][];

export const emptyWeek = (): WeekGrid => Array.from({ length: 7 }, () => []);

const WEEKDAYS = [0, 1, 2, 3, 4];

export const PRESETS = {
  school: { days: WEEKDAYS, slot: { start: '08:30', end: '16:00' } },
  mornings: { days: WEEKDAYS, slot: { start: '08:00', end: '13:00' } },
  afternoons: { days: WEEKDAYS, slot: { start: '13:00', end: '19:00' } },
  evenings: { days: WEEKDAYS, slot: { start: '18:00', end: '23:00' } },
  nights: { days: WEEKDAYS, slot: { start: '22:00', end: '06:00' } },
} as const;
export type PresetName = keyof typeof PRESETS;

/** The same slot on the given days (replacing what those days had). */
export function applySlot(grid: WeekGrid, days: readonly number[], slot: Slot): WeekGrid {
  return grid.map((slots, day) => (days.includes(day) ? [{ ...slot }] : slots));
}

export const crossesMidnight = (slot: Slot) => slot.end !== '24:00' && slot.end <= slot.start;

/** Windows for the API: a night slot (22:00-06:00) becomes 22:00-24:00 and 00:00-06:00 the next day. */
export function toWindows(grid: WeekGrid): TimeWindow[] {
  const windows: TimeWindow[] = [];
  grid.forEach((slots, index) => {
    for (const slot of slots) {
      if (!slot.start || !slot.end || slot.start === slot.end) continue;
      const day = index + 1;
      if (!crossesMidnight(slot)) {
        windows.push({ day, start: slot.start, end: slot.end });
        continue;
      }
      windows.push({ day, start: slot.start, end: '24:00' });
      if (slot.end !== '00:00') windows.push({ day: (day % 7) + 1, start: '00:00', end: slot.end });
    }
  });
  return windows.sort((a, b) => a.day - b.day || a.start.localeCompare(b.start));
}

/** The grid of stored windows, joining a window that ends at midnight with the next day's early one. */
export function fromWindows(windows: readonly TimeWindow[] | null | undefined): WeekGrid {
  const sorted = [...(windows ?? [])].sort(
    (a, b) => a.day - b.day || a.start.localeCompare(b.start),
  );
  const nightEnds = new Map<TimeWindow, TimeWindow>();
  for (const late of sorted.filter((w) => w.end === '24:00' && w.start !== '00:00')) {
    const early = sorted.find(
      (w) =>
        w.day === (late.day % 7) + 1 &&
        w.start === '00:00' &&
        w.end !== '24:00' &&
        ![...nightEnds.values()].includes(w),
    );
    if (early) nightEnds.set(late, early);
  }
  const joined = new Set(nightEnds.values());
  const grid = emptyWeek();
  for (const window of sorted) {
    if (joined.has(window)) continue;
    grid[window.day - 1]!.push({
      start: window.start,
      end: nightEnds.get(window)?.end ?? window.end,
    });
  }
  return grid;
}
