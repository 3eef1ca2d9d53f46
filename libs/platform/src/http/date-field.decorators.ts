import { isIsoDate } from '#libs/kernel';
import { registerDecorator, type ValidationOptions } from 'class-validator';

export const ISO_DATE_MESSAGE = 'deve essere una data nel formato AAAA-MM-GG';

/**
 * A calendar day as the API takes it: `YYYY-MM-DD`, a day that exists (not 2026-02-30), without a
 * time or a time zone. Every date field of the DTOs uses it, so a date is refused the same way, with
 * the same message, wherever it is sent.
 */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: ISO_DATE_MESSAGE, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}
