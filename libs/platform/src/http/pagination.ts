import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Query parameters shared by every list endpoint. Subclasses add their filters and narrow `sort` to
 * the fields they allow (a leading `-` sorts descending).
 */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Validates a `sort` value against the allowed fields; returns the column and direction. */
export function parseSort<F extends string>(
  sort: string | undefined,
  columns: Record<F, string>,
  fallback: `${'' | '-'}${F}`,
): { column: string; direction: 'ASC' | 'DESC' } {
  const value = sort ?? fallback;
  const descending = value.startsWith('-');
  const field = (descending ? value.slice(1) : value) as F;
  return {
    column: columns[field] ?? columns[fallback.replace(/^-/, '') as F],
    direction: descending ? 'DESC' : 'ASC',
  };
}

/** The values a `sort` parameter may take for the given fields, for @IsIn and OpenAPI. */
export function sortValues(fields: readonly string[]): string[] {
  return fields.flatMap((field) => [field, `-${field}`]);
}

/**
 * Runs a sorted list query for one page and shapes the answer; `total` counts every matching row.
 * The query must already carry its organisation condition and its order (with a unique tie-break).
 */
export async function fetchPage<E extends ObjectLiteral, V>(
  query: SelectQueryBuilder<E>,
  filter: { page: number; pageSize: number },
  toItems: (rows: E[]) => V[] | Promise<V[]>,
): Promise<Page<V>> {
  const [rows, total] = await query
    .skip((filter.page - 1) * filter.pageSize)
    .take(filter.pageSize)
    .getManyAndCount();
  return { items: await toItems(rows), page: filter.page, pageSize: filter.pageSize, total };
}
