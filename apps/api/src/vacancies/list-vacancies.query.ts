import { ApiPropertyOptional } from '@nestjs/swagger';
import { CONTRACT_TYPE_CODES, type ContractType } from '#libs/kernel';
import { PageQuery, sortValues, ToBoolean, ToList, IsIsoDate } from '#libs/platform';
import {
  RESERVED_L68_FILTERS,
  VACANCY_SORT_FIELDS,
  VACANCY_STATUSES,
  type ReservedL68Filter,
  type VacancyStatus,
} from '#libs/vacancies';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsTaxonomyCode } from './vacancy-parts.dto.js';
import { IsIstatCode } from '../common/geo-fields.decorators.js';
import { ListFormatField, type ListFormat } from '../common/list-export.js';

export class ListVacanciesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Parte del titolo o della professione in testo libero' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: VACANCY_STATUSES, isArray: true, example: ['OPEN', 'DRAFT'] })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(VACANCY_STATUSES.length)
  @IsIn(VACANCY_STATUSES, { each: true })
  status?: VacancyStatus[];

  @ApiPropertyOptional({
    enum: CONTRACT_TYPE_CODES,
    isArray: true,
    example: ['A.02.00', 'C.01.00'],
  })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(CONTRACT_TYPE_CODES.length)
  @IsIn(CONTRACT_TYPE_CODES, { each: true })
  contractType?: ContractType[];

  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  kmZero?: boolean;

  @ApiPropertyOptional({
    enum: RESERVED_L68_FILTERS,
    description: 'ANY: riservate L. 68 (qualsiasi categoria); NONE: non riservate',
  })
  @IsOptional()
  @IsIn(RESERVED_L68_FILTERS)
  reservedL68?: ReservedL68Filter;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'Codice ISTAT del comune della sede' })
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string;

  @ApiPropertyOptional({ example: 'MI' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'sigla della provincia di 2 lettere' })
  provinceCode?: string;

  @ApiPropertyOptional({
    example: '5.2.2',
    description: 'Unità professionale ISTAT o un intero gruppo (5.2.2: ristorazione)',
  })
  @IsOptional()
  @IsTaxonomyCode()
  occupationCode?: string;

  @ApiPropertyOptional({ example: '2025-09-01', description: 'Pubblicate da questa data in poi' })
  @IsOptional()
  @IsIsoDate()
  publishedSince?: string;

  @ApiPropertyOptional({ description: 'true: solo le archiviate (di norma escluse)' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  archived?: boolean;

  @ApiPropertyOptional({ enum: sortValues(VACANCY_SORT_FIELDS), default: '-publishedAt' })
  @IsOptional()
  @IsIn(sortValues(VACANCY_SORT_FIELDS))
  sort?: string;

  @ListFormatField()
  format?: ListFormat;
}
