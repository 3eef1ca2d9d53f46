import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  Matches,
  type ValidationOptions,
} from 'class-validator';

const ISTAT_CODE = /^\d{6}$/;

/** A municipality's ISTAT code, six digits, refused with the same message wherever it is sent. */
export function IsIstatCode(options: ValidationOptions = {}): PropertyDecorator {
  return Matches(ISTAT_CODE, { message: 'codice ISTAT di 6 cifre', ...options });
}

/**
 * An optional latitude (`lat`) or longitude (`lng`) in degrees; `fromQuery` when it comes in a query
 * string, as text to convert. `doc` is its OpenAPI property.
 */
export function OptionalCoordinate(
  axis: 'lat' | 'lng',
  doc: ApiPropertyOptions = {},
  fromQuery = false,
): PropertyDecorator {
  // Listed bottom-up, as stacked decorators apply, so the checks run in their usual order.
  return applyDecorators(
    axis === 'lat' ? IsLatitude() : IsLongitude(),
    IsNumber(),
    ...(fromQuery ? [Type(() => Number)] : []),
    IsOptional(),
    ApiPropertyOptional(doc),
  );
}
