import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CONTRACT_TYPE_CODES, type ContractType } from '#libs/kernel';
import { ToBoolean, ToList } from '#libs/platform';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { ListFormatField, type ListFormat } from '../common/list-export.js';

/** Query of a stored match list: how many, and the filters of issue 4. */
export class MatchListQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({
    description: 'Tipi di contratto (codici separati da virgola)',
    enum: CONTRACT_TYPE_CODES,
    isArray: true,
  })
  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(CONTRACT_TYPE_CODES, { each: true })
  contractType?: ContractType[];

  @ApiPropertyOptional({ description: 'Solo offerte a km zero (true) o solo le altre (false)' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  kmZero?: boolean;

  @ApiPropertyOptional({
    description: 'Solo posti riservati dalla Legge 68/1999 (true) o solo gli altri (false)',
  })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  law68?: boolean;

  @ApiPropertyOptional({ description: 'Distanza massima da casa, in km' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(500)
  maxDistanceKm?: number;

  @ApiPropertyOptional({
    description: 'Registra la visita (default true): i nuovi abbinamenti si contano da qui',
  })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  markSeen?: boolean;

  @ListFormatField()
  format?: ListFormat;
}

export function toStoredMatchQuery(query: MatchListQuery) {
  return {
    limit: query.limit,
    contractTypes: query.contractType,
    kmZero: query.kmZero,
    law68: query.law68,
    maxDistanceKm: query.maxDistanceKm,
    markSeen: query.markSeen,
  };
}
