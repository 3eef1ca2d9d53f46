import { ApiPropertyOptional } from '@nestjs/swagger';
import { COMPANY_SORT_FIELDS } from '#libs/companies';
import { PageQuery, sortValues, ToBoolean } from '#libs/platform';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsIstatCode } from '../common/geo-fields.decorators.js';
import { ListFormatField, type ListFormat } from '../common/list-export.js';

export class ListCompaniesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Parte del nome, oppure inizio della partita IVA' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  kmZero?: boolean;

  @ApiPropertyOptional({ description: 'Aziende con una sede nel comune (codice ISTAT)' })
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string;

  @ApiPropertyOptional({ example: 'MI', description: 'Aziende con una sede nella provincia' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'sigla della provincia di 2 lettere' })
  provinceCode?: string;

  @ApiPropertyOptional({ description: 'true: solo le archiviate (di norma escluse)' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  archived?: boolean;

  @ApiPropertyOptional({ enum: sortValues(COMPANY_SORT_FIELDS), default: 'name' })
  @IsOptional()
  @IsIn(sortValues(COMPANY_SORT_FIELDS))
  sort?: string;

  @ListFormatField()
  format?: ListFormat;
}
