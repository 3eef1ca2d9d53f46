import { ageOn } from '#libs/kernel';

/**
 * Dates relative to the day the demo describes, as whole days since 1970-01-01 (UTC): a run with the
 * same seed and the same `today` writes the same dates.
 */
const DAY_MS = 86_400_000;

export class DemoCalendar {
  readonly today: number;

  constructor(today: string | Date) {
    const date = typeof today === 'string' ? new Date(`${today}T00:00:00Z`) : today;
    if (Number.isNaN(date.getTime())) throw new Error(`Data non valida: ${String(today)}`);
    this.today = Math.floor(date.getTime() / DAY_MS);
  }

  /** YYYY-MM-DD, `offset` days from today (negative: in the past). */
  date(offset: number): string {
    return new Date((this.today + offset) * DAY_MS).toISOString().slice(0, 10);
  }

  /** An ISO timestamp `offset` days from today, at `minute` minutes past midnight UTC. */
  timestamp(offset: number, minute: number): string {
    return new Date((this.today + offset) * DAY_MS + minute * 60_000).toISOString();
  }

  /** A birth date for someone exactly `age` today, `daysBefore` (0-364) before that birthday. */
  birthDate(age: number, daysBefore: number): string {
    const today = new Date(this.today * DAY_MS);
    const birthday = Date.UTC(
      today.getUTCFullYear() - age,
      today.getUTCMonth(),
      today.getUTCDate(),
    );
    return this.date(Math.round(birthday / DAY_MS) - this.today - daysBefore);
  }

  /** Age in whole years today, as the registry counts it. */
  ageOf(birthDate: string): number {
    return ageOn(birthDate, this.date(0));
  }
}
