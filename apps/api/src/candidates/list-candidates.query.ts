import { ApiPropertyOptional } from '@nestjs/swagger';
import { CANDIDATE_SORT_FIELDS, PATHWAY_STATUSES, type PathwayStatus } from '#libs/candidates';
import {
  CEFR_LEVELS,
  type CefrLevel,
  isSensitiveTargetGroup,
  TARGET_GROUP_CODES,
  type TargetGroup,
} from '#libs/kernel';
import { PageQuery, sortValues, ToBoolean } from '#libs/platform';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIstatCode } from '../common/geo-fields.decorators.js';
import { ListFormatField, type ListFormat } from '../common/list-export.js';

const ORDINARY_GROUPS = TARGET_GROUP_CODES.filter((group) => !isSensitiveTargetGroup(group));

export class ListCandidatesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Nome, cognome o codice fiscale (inizio delle parole)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: Object.keys(PATHWAY_STATUSES) })
  @IsOptional()
  @IsIn(Object.keys(PATHWAY_STATUSES))
  pathwayStatus?: PathwayStatus;

  @ApiPropertyOptional({ enum: CEFR_LEVELS })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  minItalianLevel?: CefrLevel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIstatCode()
  municipalityCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  assignedToMe?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  assignedTutorId?: string;

  @ApiPropertyOptional({ enum: ORDINARY_GROUPS, description: 'Solo gruppi non sensibili' })
  @IsOptional()
  @IsIn(ORDINARY_GROUPS)
  targetGroup?: TargetGroup;

  @ApiPropertyOptional()
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  archived?: boolean;

  @ApiPropertyOptional({ enum: sortValues(CANDIDATE_SORT_FIELDS) })
  @IsOptional()
  @IsIn(sortValues(CANDIDATE_SORT_FIELDS))
  sort?: string;

  @ListFormatField()
  format?: ListFormat;
}
