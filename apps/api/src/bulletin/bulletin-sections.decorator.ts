import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { SECTION_CODES } from '#libs/bulletin';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';

/** An optional choice of bulletin sections: at least one, each once. */
export function OptionalSections(doc: ApiPropertyOptions = {}): PropertyDecorator {
  // Listed bottom-up, as stacked decorators apply, so the checks run in their usual order.
  return applyDecorators(
    IsIn(SECTION_CODES, { each: true }),
    ArrayUnique(),
    ArrayMinSize(1),
    IsArray(),
    IsOptional(),
    ApiPropertyOptional({ enum: SECTION_CODES, isArray: true, ...doc } as ApiPropertyOptions),
  );
}
