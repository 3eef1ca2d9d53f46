import { IsIsoDate } from '#libs/platform';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  CEFR_LEVELS,
  CONTRACT_TYPE_CODES,
  L68_CATEGORY_CODES,
  TASK_CODES,
  type CefrLevel,
  type ContractType,
  type L68Category,
} from '#libs/kernel';
import {
  INITIAL_VACANCY_STATUSES,
  SETTABLE_VACANCY_STATUSES,
  VACANCY_SOURCE_CODES,
  type InitialVacancyStatus,
  type SettableVacancyStatus,
  type VacancySource,
} from '#libs/vacancies';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { TimeWindowDto } from '../common/time-window.dto.js';
import { IsTaxonomyCode, RequiredSkillDto } from './vacancy-parts.dto.js';
import { OptionalNestedArray } from '../common/optional-nested-array.decorator.js';

/** A job offer at a site of one of the organisation's companies. */
export class CreateVacancyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId: string;

  @ApiProperty({ format: 'uuid', description: "Una sede dell'azienda" })
  @IsUUID()
  siteId: string;

  @ApiProperty({ example: 'Aiuto cuoco per mensa aziendale' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '5.5.2.3.0',
    description: 'Codice ISTAT CP2021 (o ESCO) del vocabolario: GET /api/taxonomy/occupations',
  })
  @IsOptional()
  @IsString()
  @IsTaxonomyCode()
  occupationCode?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'badante',
    description: 'Professione in testo libero; senza codice viene cercata nel vocabolario',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  occupationText?: string | null;

  @OptionalNestedArray(RequiredSkillDto, 30)
  requiredSkills?: RequiredSkillDto[];

  @ApiProperty({ enum: CEFR_LEVELS, description: 'Livello minimo di italiano' })
  @IsIn(CEFR_LEVELS)
  minItalianLevel: CefrLevel;

  @OptionalNestedArray(TimeWindowDto, 28, {
    description:
      "Turni settimanali; ogni fascia finisce dopo l'inizio: un turno di notte sono due fasce (22:00-24:00 e 00:00-06:00 del giorno dopo)",
  })
  shifts?: TimeWindowDto[];

  @ApiPropertyOptional({ description: 'Orario da concordare: i turni sono solo indicativi' })
  @IsOptional()
  @IsBoolean()
  flexibleHours?: boolean;

  @ApiProperty({ enum: CONTRACT_TYPE_CODES, example: 'C.01.00' })
  @IsIn(CONTRACT_TYPE_CODES)
  contractType: ContractType;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 20 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(60)
  weeklyHours?: number | null;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  positions?: number;

  @ApiPropertyOptional({ enum: L68_CATEGORY_CODES, nullable: true })
  @IsOptional()
  @IsIn(L68_CATEGORY_CODES)
  reservedL68?: L68Category | null;

  @ApiPropertyOptional({ description: "Di norma quello dell'azienda" })
  @IsOptional()
  @IsBoolean()
  kmZero?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  adultsOnly?: boolean;

  @ApiPropertyOptional({ example: ['B'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^(AM|A1|A2|A|B1|B|BE|C1|C1E|C|CE|D1|D1E|D|DE|KB|CQC)$/, {
    each: true,
    message: 'patente non riconosciuta',
  })
  requiredLicences?: string[];

  @ApiPropertyOptional({ enum: TASK_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(TASK_CODES, { each: true })
  tasks?: string[];

  @ApiProperty({ enum: VACANCY_SOURCE_CODES })
  @IsIn(VACANCY_SOURCE_CODES)
  source: VacancySource;

  @ApiPropertyOptional({ enum: INITIAL_VACANCY_STATUSES, default: 'OPEN' })
  @IsOptional()
  @IsIn(INITIAL_VACANCY_STATUSES)
  status?: InitialVacancyStatus;

  @ApiPropertyOptional({ example: '2025-09-01', description: 'Di norma oggi' })
  @IsOptional()
  @IsIsoDate()
  publishedAt?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2025-09-30',
    description: 'Non prima della pubblicazione',
  })
  @IsOptional()
  @IsIsoDate()
  expiresAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-10-01' })
  @IsOptional()
  @IsIsoDate()
  startDate?: string | null;
}

export class UpdateVacancyDto extends PartialType(
  OmitType(CreateVacancyDto, ['companyId', 'status'] as const),
) {
  @ApiPropertyOptional({
    enum: SETTABLE_VACANCY_STATUSES,
    description: 'DRAFT→OPEN, OPEN→FILLED|CLOSED, FILLED→OPEN|CLOSED, CLOSED→OPEN',
  })
  @IsOptional()
  @IsIn(SETTABLE_VACANCY_STATUSES)
  status?: SettableVacancyStatus;

  @ApiPropertyOptional({ description: 'La versione letta: se nel frattempo è cambiata, 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
