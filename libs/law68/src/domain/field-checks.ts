import { isIsoDate } from '#libs/kernel';
import type { Law68InputIssue } from './law68-input.error.js';
import { formatDate, formatNumber } from './working.js';

/**
 * Collects problems field by field. Each check returns whether the value is usable, so that
 * dependent checks (hours against full time) run only on sound values and report one problem each.
 */
export class FieldChecks {
  readonly issues: Law68InputIssue[] = [];

  fail(field: string, message: string): false {
    this.issues.push({ field, message });
    return false;
  }

  /** A head count: an integer, zero or more. */
  count(field: string, value: unknown, required = true): value is number {
    if (value === undefined || value === null)
      return required ? this.fail(field, 'obbligatorio') : false;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.fail(field, 'deve essere un numero');
    if (value < 0) return this.fail(field, `non può essere negativo (${formatNumber(value)})`);
    if (!Number.isSafeInteger(value))
      return this.fail(field, `deve essere un numero intero (${formatNumber(value)})`);
    return true;
  }

  /** Hours, months, full-time equivalents: decimals allowed, zero or more (or strictly more). */
  quantity(
    field: string,
    value: unknown,
    options: { positive?: boolean; required?: boolean } = {},
  ): value is number {
    const { positive = false, required = true } = options;
    if (value === undefined || value === null)
      return required ? this.fail(field, 'obbligatorio') : false;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.fail(field, 'deve essere un numero');
    if (value < 0) return this.fail(field, `non può essere negativo (${formatNumber(value)})`);
    if (positive && value === 0) return this.fail(field, 'deve essere maggiore di zero');
    return true;
  }

  percent(field: string, value: unknown, required = true): value is number {
    if (!this.quantity(field, value, { required })) return false;
    if (value > 100)
      return this.fail(field, `percentuale superiore a 100 (${formatNumber(value)})`);
    return true;
  }

  date(field: string, value: unknown, required = true): value is string {
    if (value === undefined || value === null)
      return required ? this.fail(field, 'obbligatoria') : false;
    if (typeof value !== 'string' || !isIsoDate(value)) {
      return this.fail(field, 'data non valida: usare il formato AAAA-MM-GG');
    }
    return true;
  }

  /** A period whose end, when given, does not come before its start. */
  period(field: string, period: { from?: unknown; to?: unknown }, fromRequired = true): void {
    const fromOk = this.date(`${field}.from`, period.from, fromRequired);
    const toOk = this.date(`${field}.to`, period.to, false);
    if (fromOk && toOk && (period.to as string) < (period.from as string)) {
      this.fail(
        `${field}.to`,
        `la data di fine (${formatDate(period.to as string)}) precede la data di inizio (${formatDate(period.from as string)})`,
      );
    }
  }

  oneOf<T extends string>(
    field: string,
    value: unknown,
    allowed: readonly T[],
    required = true,
  ): value is T {
    if (value === undefined || value === null)
      return required ? this.fail(field, 'obbligatorio') : false;
    if (!allowed.includes(value as T)) {
      return this.fail(field, `valore non ammesso; valori possibili: ${allowed.join(', ')}`);
    }
    return true;
  }

  text(field: string, value: unknown): value is string {
    if (typeof value !== 'string' || value.trim() === '') return this.fail(field, 'obbligatorio');
    return true;
  }
}
