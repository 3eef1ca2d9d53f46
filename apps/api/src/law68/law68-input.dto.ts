import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type EmployerKind, LAW68_POLICY_VALUES, type Law68Policies } from '#libs/law68';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AgencyDisabledGroupDto,
  AuthorisedExemptionDto,
  CompensationDto,
  ConventionPlacementDto,
  DisabledEmployeeGroupDto,
  ExcludedGroupDto,
  IntermittentGroupDto,
  PartTimeGroupDto,
  SelfCertifiedExemptionDto,
  SuspensionDto,
} from './workforce-groups.dto.js';

const number = () => IsNumber({ allowNaN: false, allowInfinity: false });
const GROUPS = 100;

/** A list of groups: optional, an array of at most GROUPS valid objects of the class. */
function Groups(type: () => new () => object): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(GROUPS)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(type)(target, key);
  };
}

function Nested(type: () => new () => object): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(type)(target, key);
  };
}

export class ProvinceWorkforceDto {
  @ApiProperty({ example: 'MI' }) @IsString() @MaxLength(2) province: string;
  @ApiProperty({ example: 40 }) @number() totalEmployees: number;
  @ApiPropertyOptional({ type: [DisabledEmployeeGroupDto] })
  @Groups(() => DisabledEmployeeGroupDto)
  disabledEmployees?: DisabledEmployeeGroupDto[];
  @ApiPropertyOptional() @IsOptional() @number() art18Employees?: number;
  @ApiPropertyOptional() @IsOptional() @number() art18EmployeesOn17Jan2000?: number;
  @ApiPropertyOptional({ type: [ExcludedGroupDto] })
  @Groups(() => ExcludedGroupDto)
  excluded?: ExcludedGroupDto[];
  @ApiPropertyOptional({ type: [PartTimeGroupDto] })
  @Groups(() => PartTimeGroupDto)
  partTimers?: PartTimeGroupDto[];
  @ApiPropertyOptional({ type: [IntermittentGroupDto] })
  @Groups(() => IntermittentGroupDto)
  intermittents?: IntermittentGroupDto[];
  @ApiPropertyOptional() @IsOptional() @number() disadvantagedWorkers?: number;
  @ApiPropertyOptional() @IsOptional() @number() staffOutsideTechnicalAdministrative?: number;
  @ApiPropertyOptional({ type: [AgencyDisabledGroupDto] })
  @Groups(() => AgencyDisabledGroupDto)
  agencyDisabledWorkers?: AgencyDisabledGroupDto[];
  @ApiPropertyOptional({
    type: [ConventionPlacementDto],
    description:
      'Solo nel calcolo senza salvataggio: le dichiarazioni usano le convenzioni registrate',
  })
  @Groups(() => ConventionPlacementDto)
  conventions?: ConventionPlacementDto[];
  @ApiPropertyOptional({ type: AuthorisedExemptionDto })
  @Nested(() => AuthorisedExemptionDto)
  authorisedExemption?: AuthorisedExemptionDto;
  @ApiPropertyOptional({ type: SelfCertifiedExemptionDto })
  @Nested(() => SelfCertifiedExemptionDto)
  selfCertifiedExemption?: SelfCertifiedExemptionDto;
  @ApiPropertyOptional({ type: [SuspensionDto] })
  @Groups(() => SuspensionDto)
  suspensions?: SuspensionDto[];
  @ApiPropertyOptional({ type: CompensationDto })
  @Nested(() => CompensationDto)
  compensationDisabled?: CompensationDto;
  @ApiPropertyOptional({ type: CompensationDto })
  @Nested(() => CompensationDto)
  compensationArt18?: CompensationDto;
}

export class Law68PoliciesDto implements Partial<Law68Policies> {
  @ApiPropertyOptional({ enum: LAW68_POLICY_VALUES.disabledPartTimeUpToHalf })
  @IsOptional()
  @IsIn(LAW68_POLICY_VALUES.disabledPartTimeUpToHalf)
  disabledPartTimeUpToHalf?: Law68Policies['disabledPartTimeUpToHalf'];

  @ApiPropertyOptional({ enum: LAW68_POLICY_VALUES.typeBCoopBase })
  @IsOptional()
  @IsIn(LAW68_POLICY_VALUES.typeBCoopBase)
  typeBCoopBase?: Law68Policies['typeBCoopBase'];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  legacyArt18Abatement?: boolean;

  @ApiPropertyOptional({ enum: LAW68_POLICY_VALUES.art12BisCapRounding })
  @IsOptional()
  @IsIn(LAW68_POLICY_VALUES.art12BisCapRounding)
  art12BisCapRounding?: Law68Policies['art12BisCapRounding'];

  @ApiPropertyOptional({ enum: LAW68_POLICY_VALUES.suspension })
  @IsOptional()
  @IsIn(LAW68_POLICY_VALUES.suspension)
  suspension?: Law68Policies['suspension'];

  @ApiPropertyOptional({ enum: LAW68_POLICY_VALUES.nationalBase })
  @IsOptional()
  @IsIn(LAW68_POLICY_VALUES.nationalBase)
  nationalBase?: Law68Policies['nationalBase'];

  @ApiPropertyOptional({ enum: LAW68_POLICY_VALUES.territorialCompensation })
  @IsOptional()
  @IsIn(LAW68_POLICY_VALUES.territorialCompensation)
  territorialCompensation?: Law68Policies['territorialCompensation'];

  @ApiPropertyOptional({
    enum: LAW68_POLICY_VALUES.hiringTermStart,
    description:
      'Da quando si contano i 60 giorni per assumere: dal giorno in cui sorge l’obbligo (ANPAL, predefinito) o dal giorno dopo',
  })
  @IsOptional()
  @IsIn(LAW68_POLICY_VALUES.hiringTermStart)
  hiringTermStart?: Law68Policies['hiringTermStart'];
}

/** A workforce at a reference date, one section per province (the calculator's input). */
export class Law68InputDto {
  @ApiProperty({ example: '2025-12-31', description: '31 dicembre per il prospetto informativo' })
  @IsString()
  referenceDate: string;

  @ApiProperty({ example: 'MI', description: 'Provincia della sede legale, tra quelle indicate' })
  @IsString()
  @MaxLength(2)
  registeredOfficeProvince: string;

  @ApiPropertyOptional({ enum: ['ORDINARY', 'SOCIAL_COOP_TYPE_B', 'ART3_C3_ORGANISATION'] })
  @IsOptional()
  @IsString()
  employerKind?: EmployerKind;

  @ApiPropertyOptional({ description: 'Solo fascia 15-35 fino al 31/12/2017' })
  @IsOptional()
  @IsBoolean()
  newHiresSinceThreshold?: boolean;

  @ApiProperty({ type: [ProvinceWorkforceDto] })
  @IsArray()
  @ArrayMaxSize(110)
  @ValidateNested({ each: true })
  @Type(() => ProvinceWorkforceDto)
  provinces: ProvinceWorkforceDto[];

  @ApiPropertyOptional({ type: Law68PoliciesDto, description: 'Letture alternative (§1.11)' })
  @Nested(() => Law68PoliciesDto)
  policies?: Law68PoliciesDto;
}

export class AmountsRequestDto {
  @ApiProperty({ example: '2026-06-30', description: 'Data degli importi in vigore' })
  @IsString()
  date: string;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) uncoveredWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) exemptionWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) prospettoDelayDays?: number;
  @ApiPropertyOptional({ example: '2026-01-31' })
  @IsOptional()
  @IsString()
  prospettoDueDate?: string;
}

/** The stateless calculator: a workforce, optional policies, optional days to price. */
export class ComputeQuotaDto extends Law68InputDto {
  @ApiPropertyOptional({ type: AmountsRequestDto })
  @Nested(() => AmountsRequestDto)
  amounts?: AmountsRequestDto;
}
