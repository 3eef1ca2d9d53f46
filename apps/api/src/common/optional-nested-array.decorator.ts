import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

/**
 * An optional list of at most `maxSize` nested objects of class `type`, each validated; `doc` adds
 * to its OpenAPI property (a description, `nullable`).
 */
export function OptionalNestedArray(
  type: ClassType<unknown>,
  maxSize: number,
  doc: Omit<ApiPropertyOptions, 'type'> = {},
): PropertyDecorator {
  // Listed bottom-up, as stacked decorators apply, so the checks run in their usual order.
  return applyDecorators(
    Type(() => type),
    ValidateNested({ each: true }),
    ArrayMaxSize(maxSize),
    IsArray(),
    IsOptional(),
    ApiPropertyOptional({ type: [type], ...doc } as ApiPropertyOptions),
  );
}
