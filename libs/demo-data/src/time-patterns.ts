import { type TimeWindow, type Weekday, windowMinutes } from '#libs/kernel';

/**
 * Weekly timetables as they appear in job ads and in what people tell their tutor. Vacancy shifts
 * follow each sector's usual hours (kitchens in the evening, cleaning at dawn or after offices close,
 * warehouses round the clock); availabilities follow people's lives (school hours for parents).
 */

const MON_FRI: readonly Weekday[] = [1, 2, 3, 4, 5];
const MON_SAT: readonly Weekday[] = [1, 2, 3, 4, 5, 6];
const TUE_SUN: readonly Weekday[] = [2, 3, 4, 5, 6, 7];
const EVERY_DAY: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKEND: readonly Weekday[] = [6, 7];

function week(days: readonly Weekday[], ...ranges: (readonly [string, string])[]): TimeWindow[] {
  return days.flatMap((day) => ranges.map(([start, end]) => ({ day, start, end })));
}

export const SHIFT_PATTERNS = {
  KITCHEN_EVENING: week(TUE_SUN, ['18:00', '23:30']),
  KITCHEN_SPLIT: week(TUE_SUN, ['11:00', '15:00'], ['18:30', '23:00']),
  KITCHEN_LUNCH: week(MON_SAT, ['10:00', '15:30']),
  CANTEEN_DAY: week(MON_FRI, ['07:00', '14:30']),
  BAR_MORNING: week(MON_SAT, ['06:00', '13:00']),
  BAR_EVENING: week(TUE_SUN, ['17:00', '01:00']),
  CLEANING_DAWN: week(MON_FRI, ['05:30', '09:00']),
  CLEANING_EVENING: week(MON_FRI, ['18:30', '22:00']),
  CLEANING_MORNING: week(MON_SAT, ['06:00', '12:00']),
  CARE_LIVE_IN: week(MON_SAT, ['00:00', '24:00']),
  CARE_DAY: week(MON_FRI, ['08:00', '14:00']),
  CARE_VISITS: week(MON_SAT, ['07:00', '11:00'], ['17:00', '20:00']),
  CARE_HOME_NIGHT: week(MON_FRI, ['21:00', '07:00']),
  HOUSEWORK_MORNING: week(MON_FRI, ['09:00', '13:00']),
  CHILDCARE_AFTERNOON: week(MON_FRI, ['16:00', '20:00']),
  WAREHOUSE_MORNING: week(MON_FRI, ['06:00', '14:00']),
  WAREHOUSE_AFTERNOON: week(MON_FRI, ['14:00', '22:00']),
  WAREHOUSE_NIGHT: week(MON_FRI, ['22:00', '06:00']),
  WAREHOUSE_DAY: week(MON_FRI, ['08:00', '12:00'], ['13:00', '17:00']),
  RETAIL_SPLIT: week(MON_SAT, ['08:30', '12:30'], ['15:30', '19:30']),
  RETAIL_MORNING: week(MON_SAT, ['07:00', '13:00']),
  RETAIL_WEEKEND: week(WEEKEND, ['09:00', '20:00']),
  FIELD_SEASON: week(MON_SAT, ['06:00', '12:00'], ['15:00', '18:00']),
  GREEN_DAY: week(MON_FRI, ['07:30', '12:00'], ['13:00', '16:30']),
  FACTORY_DAY: week(MON_FRI, ['08:00', '12:00'], ['13:00', '17:00']),
  FACTORY_MORNING: week(MON_FRI, ['06:00', '14:00']),
  FACTORY_AFTERNOON: week(MON_FRI, ['14:00', '22:00']),
  FACTORY_NIGHT: week(MON_FRI, ['22:00', '06:00']),
  HOTEL_ROOMS: week(MON_SAT, ['08:00', '14:00']),
} as const satisfies Record<string, TimeWindow[]>;
export type ShiftPattern = keyof typeof SHIFT_PATTERNS;

/** Shifts worked through the night, which ads call "turno notturno" (not an evening that ends late). */
export const NIGHT_SHIFTS: ReadonlySet<ShiftPattern> = new Set<ShiftPattern>([
  'WAREHOUSE_NIGHT',
  'FACTORY_NIGHT',
  'CARE_HOME_NIGHT',
]);

/** A live-in carer is on call day and night but works the national contract's 54 hours a week. */
const LIVE_IN_HOURS = 54;

/** Contract hours of a timetable, to the half hour; the database caps them at 60. */
export function weeklyHours(pattern: ShiftPattern): number {
  if (pattern === 'CARE_LIVE_IN') return LIVE_IN_HOURS;
  const minutes = SHIFT_PATTERNS[pattern].reduce((sum, w) => sum + windowMinutes(w), 0);
  return Math.min(60, Math.round(minutes / 30) / 2);
}

export const AVAILABILITY_PATTERNS = {
  SCHOOL_HOURS: week(MON_FRI, ['08:30', '16:00']),
  MORNINGS: week(MON_FRI, ['09:00', '13:00']),
  EARLY_MORNINGS: week(MON_SAT, ['05:30', '14:00']),
  WORKING_DAYS: week(MON_FRI, ['08:00', '18:00']),
  AFTERNOONS: week(MON_FRI, ['14:00', '20:00']),
  EVENINGS: week(EVERY_DAY, ['17:00', '23:30']),
  WEEKENDS: week(WEEKEND, ['07:00', '22:00']),
  /** Out of the house only in the daytime, as some alternative sentences require. */
  DAYTIME_ONLY: week(EVERY_DAY, ['06:30', '21:00']),
} as const satisfies Record<string, TimeWindow[]>;
export type AvailabilityPattern = keyof typeof AVAILABILITY_PATTERNS;

/** A persona's availability: a pattern, or `null` for a person free at any time. */
export type AvailabilityChoice = AvailabilityPattern | null;
