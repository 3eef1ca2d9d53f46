import { IsIsoDate } from '#libs/platform';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  LEGAL_BASES,
  PATHWAY_STATUSES,
  TASK_CODES,
  type DigitalSkill,
  type EducationLevel,
  type LegalBasis,
  type PathwayStatus,
} from '#libs/candidates';
import {
  CEFR_LEVELS,
  CONTRACT_TYPE_CODES,
  TARGET_GROUP_CODES,
  type CefrLevel,
  type ContractType,
  type TargetGroup,
} from '#libs/kernel';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
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
  ValidateNested,
} from 'class-validator';
import { AllowedAreaDto } from './allowed-area.dto.js';
import { TimeWindowDto } from '../common/time-window.dto.js';
import {
  AsylumDto,
  ConsentDto,
  DIGITAL_SKILL_CODES,
  EDUCATION_CODES,
  ExperienceDto,
  HealthDto,
  HomeDto,
  JusticeDto,
  L68RegistrationDto,
  ReferralDto,
  RightToWorkDto,
  SkillDto,
  ViolenceDto,
} from './candidate-parts.dto.js';
import { OptionalNestedArray } from '../common/optional-nested-array.decorator.js';

export class SensitiveDto {
  @ApiPropertyOptional({ type: L68RegistrationDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => L68RegistrationDto)
  l68?: L68RegistrationDto | null;

  @ApiPropertyOptional({ type: HealthDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HealthDto)
  health?: HealthDto | null;

  @ApiPropertyOptional({ type: JusticeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JusticeDto)
  justice?: JusticeDto | null;

  @ApiPropertyOptional({ type: AsylumDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AsylumDto)
  asylum?: AsylumDto | null;

  @ApiPropertyOptional({ type: ViolenceDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ViolenceDto)
  violence?: ViolenceDto | null;
}

/** A person in charge (persona in carico). Special-category data goes under `sensitive`. */
export class CreateCandidateDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Codice fiscale (16 caratteri) o provvisorio (11 cifre)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  taxCode?: string | null;

  @ApiProperty({ example: '1985-12-10' })
  @IsIsoDate()
  birthDate: string;

  @ApiPropertyOptional({ type: String, nullable: true, enum: ['F', 'M', 'X'] })
  @IsOptional()
  @IsIn(['F', 'M', 'X'])
  gender?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'numero di telefono non valido' })
  phone?: string | null;

  @ApiProperty({ type: HomeDto })
  @ValidateNested()
  @Type(() => HomeDto)
  home: HomeDto;

  @ApiProperty({ description: 'Distanza massima che la persona può percorrere (km)' })
  @IsNumber()
  @Min(0)
  @Max(200)
  maxTravelKm: number;

  @ApiProperty({ enum: CEFR_LEVELS })
  @IsIn(CEFR_LEVELS)
  italianLevel: CefrLevel;

  @ApiPropertyOptional({ enum: EDUCATION_CODES })
  @IsOptional()
  @IsIn(EDUCATION_CODES)
  education?: EducationLevel | null;

  @ApiPropertyOptional({ enum: DIGITAL_SKILL_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(DIGITAL_SKILL_CODES, { each: true })
  digitalSkills?: DigitalSkill[];

  @OptionalNestedArray(TimeWindowDto, 50, {
    nullable: true,
    description: 'Disponibilità settimanale; null = nessun vincolo di orario',
  })
  availability?: TimeWindowDto[] | null;

  @ApiPropertyOptional({
    type: Number,
    example: 20,
    nullable: true,
    description: 'Ore settimanali massime che la persona può lavorare; null = nessun limite',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(60)
  maxWeeklyHours?: number | null;

  @ApiPropertyOptional({ example: ['B'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^(AM|A1|A2|A|B1|B|BE|C1|C1E|C|CE|D1|D1E|D|DE|KB|CQC)$/, {
    each: true,
    message: 'patente non riconosciuta',
  })
  drivingLicences?: string[];

  @ApiProperty({ type: RightToWorkDto })
  @ValidateNested()
  @Type(() => RightToWorkDto)
  rightToWork: RightToWorkDto;

  @OptionalNestedArray(SkillDto, 100)
  skills?: SkillDto[];

  @OptionalNestedArray(ExperienceDto, 50)
  experiences?: ExperienceDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  preferredOccupations?: string[];

  @ApiPropertyOptional({ enum: CONTRACT_TYPE_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CONTRACT_TYPE_CODES.length)
  @IsIn(CONTRACT_TYPE_CODES, { each: true })
  preferredContractTypes?: ContractType[];

  @ApiPropertyOptional({ enum: TARGET_GROUP_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(TARGET_GROUP_CODES, { each: true })
  targetGroups?: TargetGroup[];

  @ApiPropertyOptional({
    type: AllowedAreaDto,
    nullable: true,
    description:
      'Area in cui la persona può lavorare (vincolo, senza motivo): comuni, cerchio o entrambi',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AllowedAreaDto)
  allowedArea?: AllowedAreaDto | null;

  @ApiPropertyOptional({ enum: TASK_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(TASK_CODES, { each: true })
  taskLimitations?: string[];

  @ApiPropertyOptional({ type: ReferralDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralDto)
  referral?: ReferralDto | null;

  @ApiPropertyOptional({
    description: 'Tutor assegnati (chi crea la scheda come tutor è assegnato)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  assignedTutorIds?: string[];

  @ApiProperty({ enum: Object.keys(LEGAL_BASES) })
  @IsIn(Object.keys(LEGAL_BASES))
  legalBasis: LegalBasis;

  @ApiProperty({ type: ConsentDto })
  @ValidateNested()
  @Type(() => ConsentDto)
  consent: ConsentDto;

  @ApiPropertyOptional({ enum: Object.keys(PATHWAY_STATUSES) })
  @IsOptional()
  @IsIn(Object.keys(PATHWAY_STATUSES))
  pathwayStatus?: PathwayStatus;

  @ApiPropertyOptional({ type: SensitiveDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SensitiveDto)
  sensitive?: SensitiveDto;
}

export class UpdateCandidateDto extends PartialType(CreateCandidateDto) {
  @ApiPropertyOptional({ description: 'La versione letta: se nel frattempo è cambiata, 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
