import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import type { SectionCode } from '#libs/bulletin';
import { ToBoolean } from '#libs/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GeoPointDto } from '../common/geo-point.dto.js';
import { IsIstatCode } from '../common/geo-fields.decorators.js';
import { OptionalSections } from './bulletin-sections.decorator.js';

export class CreateBulletinAreaDto {
  @ApiProperty({ example: 'milano-municipio-2', description: 'Codice nell’indirizzo pubblico' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'solo lettere minuscole, cifre e trattini' })
  @MaxLength(64)
  slug: string;

  @ApiProperty({ example: 'Milano – Municipio 2' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ type: [String], example: ['015146'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsIstatCode({ each: true })
  municipalityCodes?: string[];

  @ApiPropertyOptional({ type: GeoPointDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointDto)
  centre?: GeoPointDto | null;

  @ApiPropertyOptional({ type: Number, example: 2.5, nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(200)
  radiusKm?: number | null;

  @OptionalSections()
  sections?: SectionCode[];

  @ApiPropertyOptional({ description: 'Approva e invia ogni edizione senza revisione' })
  @IsOptional()
  @IsBoolean()
  autoSend?: boolean;
}

export class UpdateBulletinAreaDto extends PartialType(CreateBulletinAreaDto) {}

export class ListBulletinAreasQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  archived?: boolean;
}
