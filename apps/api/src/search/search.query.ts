import { ApiPropertyOptional } from '@nestjs/swagger';
import { CEFR_LEVELS, CONTRACT_TYPE_CODES, L68_CATEGORY_CODES } from '#libs/kernel';
import { PageQuery, ToBoolean, ToList, IsIsoDate } from '#libs/platform';
import { COURSE_KINDS } from '#libs/search';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsIstatCode, OptionalCoordinate } from '../common/geo-fields.decorators.js';

/** What every search takes: text, distance from a point or a municipality, sorting, pages. */
export class SearchQueryBase extends PageQuery {
  @ApiPropertyOptional({ description: 'Il testo cercato, per esempio "pulizie uffici Cologno"' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @OptionalCoordinate('lat', {}, true)
  lat?: number;

  @OptionalCoordinate('lng', {}, true)
  lng?: number;

  @ApiPropertyOptional({
    description: 'Distanza misurata dal centro di questo comune (codice ISTAT)',
  })
  @IsOptional()
  @IsIstatCode()
  near?: string;

  @ApiPropertyOptional({ description: 'Raggio in km attorno al punto o al comune' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0.1)
  @Max(300)
  radiusKm?: number;

  @ApiPropertyOptional({
    description: 'relevance, distance, oppure il campo di ordinamento con :asc o :desc',
  })
  @IsOptional()
  @Matches(/^(relevance|distance|[a-zA-Z]+:(asc|desc))$/, { message: 'ordinamento non valido' })
  sort?: string;

  @ApiPropertyOptional({ description: 'I campi di cui contare i valori, separati da virgole' })
  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  facets?: string[];
}

export class VacancySearchQuery extends SearchQueryBase {
  @ApiPropertyOptional({ enum: CONTRACT_TYPE_CODES, isArray: true })
  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(CONTRACT_TYPE_CODES, { each: true })
  contractType?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  kmZero?: boolean;

  @ApiPropertyOptional({ enum: L68_CATEGORY_CODES })
  @IsOptional()
  @IsIn(L68_CATEGORY_CODES)
  reservedL68?: string;

  @ApiPropertyOptional({
    enum: CEFR_LEVELS,
    isArray: true,
    description: 'Livelli minimi di italiano ammessi',
  })
  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(CEFR_LEVELS, { each: true })
  minItalianLevel?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string;

  @ApiPropertyOptional({ example: 'MI' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'sigla di provincia' })
  provinceCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  occupationCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  publishedFrom?: string;
}

export class CompanySearchQuery extends SearchQueryBase {
  @ApiPropertyOptional({ enum: ['NOT_OBLIGED', 'COVERED', 'UNCOVERED', 'UNKNOWN'] })
  @IsOptional()
  @IsIn(['NOT_OBLIGED', 'COVERED', 'UNCOVERED', 'UNKNOWN'])
  l68Status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  kmZero?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'sigla di provincia' })
  provinceCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string;
}

export class CourseSearchQuery extends SearchQueryBase {
  @ApiPropertyOptional({ enum: COURSE_KINDS })
  @IsOptional()
  @IsIn(COURSE_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: CEFR_LEVELS })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  cefrLevel?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string;

  @ApiPropertyOptional({ description: 'Corsi che iniziano da questa data' })
  @IsOptional()
  @IsIsoDate()
  startsFrom?: string;
}

export class CandidateSearchQuery extends SearchQueryBase {
  @ApiPropertyOptional({ enum: CEFR_LEVELS })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  italianLevel?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string;
}
