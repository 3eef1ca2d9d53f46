import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery, IsIsoDate } from '#libs/platform';
import {
  ACTIVITY_KIND_CODES,
  ACTIVITY_TOPIC_CODES,
  type ActivityKind,
  type ActivityTopic,
  SCOUTING_STAGE_CODES,
  type ScoutingStage,
} from '#libs/scouting';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsIstatCode, OptionalCoordinate } from '../common/geo-fields.decorators.js';

export class StageDto {
  @ApiProperty({ enum: SCOUTING_STAGE_CODES })
  @IsIn(SCOUTING_STAGE_CODES)
  stage: ScoutingStage;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Firmata la convenzione con la cooperativa',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Il consulente che segue l’azienda',
  })
  @IsOptional()
  @IsUUID()
  consultantId?: string | null;
}

export class ActivityDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId: string;

  @ApiProperty({ enum: ACTIVITY_KIND_CODES })
  @IsIn(ACTIVITY_KIND_CODES)
  kind: ActivityKind;

  @ApiProperty({ enum: ACTIVITY_TOPIC_CODES })
  @IsIn(ACTIVITY_TOPIC_CODES)
  topic: ActivityTopic;

  @ApiProperty({ example: '2026-05-12' })
  @IsIsoDate()
  occurredOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Inviare la bozza di convenzione' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  nextAction?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-05-20' })
  @IsOptional()
  @IsIsoDate()
  nextActionDue?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Chi ha svolto l’attività (di norma chi la registra)',
  })
  @IsOptional()
  @IsUUID()
  consultantId?: string;
}

export class ListActivitiesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() consultantId?: string;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class NextActionsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Di norma le proprie' })
  @IsOptional()
  @IsUUID()
  consultantId?: string;

  @ApiPropertyOptional({ example: '2026-06-30' })
  @IsOptional()
  @IsIsoDate()
  dueBefore?: string;
}

export class PipelineQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SCOUTING_STAGE_CODES })
  @IsOptional()
  @IsIn(SCOUTING_STAGE_CODES)
  stage?: ScoutingStage;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  consultantId?: string;
}

export class KmZeroQueryDto {
  @ApiPropertyOptional({ example: '015146', description: 'Centro del comune' })
  @IsOptional()
  @IsIstatCode()
  municipality?: string;

  @OptionalCoordinate('lat', { example: 45.4973 }, true)
  lat?: number;

  @OptionalCoordinate('lng', { example: 9.2237 }, true)
  lng?: number;

  @ApiPropertyOptional({ default: 2, maximum: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0.1)
  @Max(20)
  radiusKm: number = 2;
}
