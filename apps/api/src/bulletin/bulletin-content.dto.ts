import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { CONTENT_KINDS, CONTENT_SORT_FIELDS, type ContentKind } from '#libs/bulletin';
import { CEFR_LEVELS, type CefrLevel } from '#libs/kernel';
import { PageQuery, ToBoolean, sortValues, IsIsoDate } from '#libs/platform';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { TimeWindowDto } from '../common/time-window.dto.js';
import { OptionalNestedArray } from '../common/optional-nested-array.decorator.js';
import { IsIstatCode } from '../common/geo-fields.decorators.js';

export class CreateBulletinContentDto {
  @ApiProperty({ enum: CONTENT_KINDS })
  @IsIn(CONTENT_KINDS)
  kind: ContentKind;

  @ApiProperty({ example: 'Italiano per il lavoro' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiProperty({ example: 'CPIA 5 Milano', description: 'Ente, promotore o ufficio' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  provider: string;

  @ApiPropertyOptional({ type: String, example: '015146', nullable: true })
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Via Padova 36', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Vuoto: tutte le aree dell’organizzazione' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  areaIds?: string[];

  @ApiPropertyOptional({ type: String, example: 'Donne disoccupate', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  target?: string | null;

  @ApiPropertyOptional({ type: String, example: '2027-01-11', nullable: true })
  @IsOptional()
  @IsIsoDate()
  startsOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsIsoDate()
  endsOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    description: 'Ultimo giorno per iscriversi',
    nullable: true,
  })
  @IsOptional()
  @IsIsoDate()
  enrolBy?: string | null;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, nullable: true })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  cefrLevel?: CefrLevel | null;

  @ApiPropertyOptional({ type: Number, example: 60, nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(5000)
  hours?: number | null;

  @OptionalNestedArray(TimeWindowDto, 21)
  schedule?: TimeWindowDto[];

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  free?: boolean | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  url?: string | null;

  @ApiPropertyOptional({ type: String, description: 'Come iscriversi o accedere', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  howTo?: string | null;

  @ApiPropertyOptional({
    type: String,
    description: 'Contatto di un ufficio pubblico',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contact?: string | null;
}

export class UpdateBulletinContentDto extends PartialType(
  OmitType(CreateBulletinContentDto, ['kind'] as const),
) {}

export class ListBulletinContentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CONTENT_KINDS })
  @IsOptional()
  @IsIn(CONTENT_KINDS)
  kind?: ContentKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  areaId?: string;

  @ApiPropertyOptional({ description: 'Titolo o ente' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Solo quelli ancora in corso (true) o conclusi (false)' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  archived?: boolean;

  @ApiPropertyOptional({ enum: sortValues(CONTENT_SORT_FIELDS) })
  @IsOptional()
  @IsIn(sortValues(CONTENT_SORT_FIELDS))
  sort?: string;
}
