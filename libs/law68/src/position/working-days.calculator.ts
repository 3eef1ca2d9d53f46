import { addDays, type IsoDate } from '#libs/kernel';

/**
 * Working days for the daily sanction of art. 15 c.4: Monday to Friday, national public holidays
 * excluded. A reading, not a rule of the law: offices count the employer's own working calendar
 * (a six-day week, the patron saint of the town), so the accrued sanction is an estimate.
 */
const FIXED_HOLIDAYS: ReadonlyArray<{ monthDay: string; from?: number; note: string }> = [
  { monthDay: '01-01', note: 'Capodanno' },
  { monthDay: '01-06', note: 'Epifania' },
  { monthDay: '04-25', note: 'Festa della Liberazione' },
  { monthDay: '05-01', note: 'Festa del lavoro' },
  { monthDay: '06-02', note: 'Festa della Repubblica' },
  { monthDay: '08-15', note: 'Ferragosto' },
  // Restored as a national holiday from 2026 (L. 151/2025): to be confirmed on the text in force.
  { monthDay: '10-04', from: 2026, note: "San Francesco d'Assisi" },
  { monthDay: '11-01', note: 'Ognissanti' },
  { monthDay: '12-08', note: 'Immacolata Concezione' },
  { monthDay: '12-25', note: 'Natale' },
  { monthDay: '12-26', note: 'Santo Stefano' },
];

const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function toIso(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = new Set(
      FIXED_HOLIDAYS.filter((h) => h.from === undefined || year >= h.from).map(
        (h) => `${year}-${h.monthDay}`,
      ),
    );
    holidays.add(addDays(easterSunday(year), 1));
    holidayCache.set(year, holidays);
  }
  return holidays;
}

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(Number(date.slice(0, 4))).has(date);
}

/** Working days from `from` to `to`, both included; zero when `to` comes before `from`. */
export function countWorkingDays(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let time = toUtc(from), end = toUtc(to); time <= end; time += DAY_MS) {
    if (isWorkingDay(toIso(time))) count += 1;
  }
  return count;
}
