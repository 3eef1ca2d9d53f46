import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { CONVENTION_TYPES, type RegisteredConventionType } from '#libs/law68';
import { PageQuery, IsIsoDate } from '#libs/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsIstatCode } from '../common/geo-fields.decorators.js';

export class ConventionDto {
  @ApiProperty({ enum: CONVENTION_TYPES })
  @IsIn(CONVENTION_TYPES)
  type: RegisteredConventionType;

  @ApiPropertyOptional({ example: 'MI', description: 'Di norma la provincia della sede legale' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'sigla della provincia di 2 lettere' })
  provinceCode?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Cooperativa sociale Il Germoglio',
    description: 'Obbligatoria per 12-bis e 14',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cooperativeName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '12345678903' })
  @IsOptional()
  @Matches(/^\d{11}$/, { message: 'partita IVA di 11 cifre' })
  cooperativeVatNumber?: string | null;

  @ApiProperty({
    minimum: 1,
    description: 'Art. 11: assunzioni programmate; 12-bis e 14: lavoratori inseriti',
  })
  @IsInt()
  @Min(1)
  @Max(10_000)
  positions: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Solo art. 14: massimo computabile secondo la convenzione quadro',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  frameworkMaxPositions?: number | null;

  @ApiProperty({ example: '2026-03-01' })
  @IsIsoDate()
  startDate: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-02-28' })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Numero o protocollo della convenzione',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

export class UpdateConventionDto extends PartialType(OmitType(ConventionDto, ['type'] as const)) {
  @ApiPropertyOptional({ description: 'La versione letta: se nel frattempo è cambiata, 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DistrictDto {
  @ApiProperty({ example: 'CPI Melzo' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiProperty({ example: ['015142', '015074'], description: 'Codici ISTAT dei comuni' })
  @IsArray()
  @ArrayMinSize(1, { message: 'indica almeno un comune' })
  @ArrayMaxSize(2000)
  @IsIstatCode({ each: true })
  municipalityCodes: string[];
}

export class CompanyLaw68Query {
  @ApiPropertyOptional({
    example: '2026-06-30',
    description: 'Posizione a un’altra data (calcolata, non salvata)',
  })
  @IsOptional()
  @IsIsoDate()
  date?: string;
}

/** An area: at most one of province, municipality, district; and the export format. */
export class AreaQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'MI' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'sigla della provincia di 2 lettere' })
  province?: string;

  @ApiPropertyOptional({ example: '015146', description: 'Codice ISTAT del comune' })
  @IsOptional()
  @IsIstatCode()
  municipality?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Ambito del centro per l’impiego' })
  @IsOptional()
  @IsUUID()
  district?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Oppure Accept: text/csv' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
