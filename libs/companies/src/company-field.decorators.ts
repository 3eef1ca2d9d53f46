import { Transform } from 'class-transformer';
import { isValidVatNumber, normaliseVatNumber } from '#libs/kernel';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isAtecoCode } from './ateco-code.rules.js';

function stringRule(
  name: string,
  test: (value: string) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && test(value) },
    });
}

/** A partita IVA with the right check digit (after `NormaliseVatNumber`, if the DTO uses it). */
export const IsVatNumber = (options?: ValidationOptions) =>
  stringRule(
    'isVatNumber',
    isValidVatNumber,
    'partita IVA non valida: servono 11 cifre con la cifra di controllo corretta',
    options,
  );

/** Accepts "IT 01234 567 890" as people copy it and keeps the 11 digits. */
export const NormaliseVatNumber = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normaliseVatNumber(value) : value,
  );

export const IsAtecoCode = (options?: ValidationOptions) =>
  stringRule(
    'isAtecoCode',
    isAtecoCode,
    'codice ATECO non valido: usa la forma 56.10 o 56.10.11',
    options,
  );
