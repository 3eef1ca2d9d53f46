import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, PageQuery } from '#libs/platform';
import {
  COURSE_KIND_CODES,
  type CourseKind,
  DIMENSION_CODES,
  type Dimension,
  FIGURE_CODES,
  type FigureCode,
  NETWORK_ACTIVITY_KIND_CODES,
  type NetworkActivityKind,
} from '#libs/projects';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsIstatCode } from '../common/geo-fields.decorators.js';

export class ProjectDto {
  @ApiProperty({ example: 'Lavoro di Comunità 2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Fondazione Cariplo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  funder: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsIsoDate()
  startsOn: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsIsoDate()
  endsOn: string;

  @ApiPropertyOptional({ example: 'Municipi 2 e 8 di Milano' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  territory?: string;

  @ApiPropertyOptional({ type: [String], example: ['015146'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsIstatCode({ each: true })
  municipalityCodes?: string[];

  @ApiPropertyOptional({
    description: `Obiettivo di ciascun indicatore (${FIGURE_CODES.join(', ')})`,
    example: { PEOPLE_IN_CHARGE: 120, PLACEMENTS_STARTED: 30 },
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
  })
  @IsOptional()
  @IsObject()
  targets?: Partial<Record<FigureCode, number>>;
}

export class ProjectPersonDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() candidateId: string;

  @ApiProperty({ example: '2026-02-01' }) @IsIsoDate() joinedOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-31' })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-02-15',
    description: 'Firma del progetto personalizzato',
  })
  @IsOptional()
  @IsIsoDate()
  personalPlanOn?: string | null;
}

export class ProjectCompanyDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() companyId: string;

  @ApiProperty({ example: '2026-02-01' }) @IsIsoDate() joinedOn: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string | null;
}

export class ProjectCourseDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() candidateId: string;

  @ApiProperty({ enum: COURSE_KIND_CODES }) @IsIn(COURSE_KIND_CODES) kind: CourseKind;

  @ApiProperty({ example: '2026-03-01' }) @IsIsoDate() startedOn: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsIsoDate()
  endedOn?: string | null;
}

export class NetworkActivityDto {
  @ApiProperty({ enum: NETWORK_ACTIVITY_KIND_CODES })
  @IsIn(NETWORK_ACTIVITY_KIND_CODES)
  kind: NetworkActivityKind;

  @ApiProperty({ example: '2026-04-10' }) @IsIsoDate() occurredOn: string;

  @ApiProperty({ example: 'Ufficio di Piano Ambito di Milano' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  counterpart: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

export const REPORT_FORMATS = ['xlsx', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class FunderReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Senza: tutta l’organizzazione' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Di norma l’inizio del progetto' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Di norma la fine del progetto' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({
    enum: ['INTERNAL', 'EXTERNAL'],
    description:
      'EXTERNAL: come esce dall’organizzazione (conteggi piccoli oscurati, come nei file esportati)',
  })
  @IsOptional()
  @IsIn(['INTERNAL', 'EXTERNAL'])
  audience?: 'INTERNAL' | 'EXTERNAL';
}

export class FunderExportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Senza: tutta l’organizzazione' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsIsoDate() to?: string;

  @ApiProperty({ enum: REPORT_FORMATS, description: 'xlsx, csv o html (pagina stampabile)' })
  @IsIn(REPORT_FORMATS)
  format: ReportFormat;
}

export class FigureRecordsQueryDto extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() projectId?: string;
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsIsoDate() to?: string;

  @ApiProperty({ enum: FIGURE_CODES }) @IsIn(FIGURE_CODES) figure: FigureCode;

  @ApiPropertyOptional({ enum: DIMENSION_CODES })
  @IsOptional()
  @IsIn(DIMENSION_CODES)
  dimension?: Dimension;

  @ApiPropertyOptional({ example: 'F' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  value?: string;
}
