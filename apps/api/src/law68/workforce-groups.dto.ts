import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type DisabledTitle, EXCLUDED_CATEGORY_RULES, type ExcludedCategory } from '#libs/law68';
import { IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';

/*
 * The groups of a provincial workforce, mirroring the calculator's types (libs/law68 workforce.types).
 * The DTOs check shapes and types; ranges, hours against full time, percentages, legal maxima and
 * date order are checked by the calculator's validateLaw68Input, which names the same field paths.
 */

const number = () => IsNumber({ allowNaN: false, allowInfinity: false });
const DATE = { example: '2025-12-31', description: 'AAAA-MM-GG' };

export class ExcludedGroupDto {
  @ApiProperty({ enum: Object.keys(EXCLUDED_CATEGORY_RULES) })
  @IsString()
  category: ExcludedCategory;

  @ApiProperty({ minimum: 0 })
  @number()
  count: number;
}

export class DisabledEmployeeGroupDto {
  @ApiProperty({ minimum: 0 })
  @number()
  count: number;

  @ApiPropertyOptional({ description: 'Con fullTimeHours: part-time', example: 20 })
  @IsOptional()
  @number()
  weeklyHours?: number;

  @ApiPropertyOptional({ example: 40 })
  @IsOptional()
  @number()
  fullTimeHours?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @number()
  disabilityPercent?: number;

  @ApiPropertyOptional({
    enum: [
      'L68_HIRE',
      'ART4_C3BIS',
      'ART4_C4',
      'BLIND_SWITCHBOARD_OPERATOR',
      'BLIND_PHYSIOTHERAPIST',
    ],
  })
  @IsOptional()
  @IsString()
  title?: DisabledTitle;
}

export class PartTimeGroupDto {
  @ApiProperty() @number() count: number;
  @ApiProperty({ example: 20 }) @number() weeklyHours: number;
  @ApiProperty({ example: 40 }) @number() fullTimeHours: number;
}

export class IntermittentGroupDto {
  @ApiProperty() @number() count: number;
  @ApiProperty() @number() hoursWorkedInSemester: number;
  @ApiProperty() @number() fullTimeHoursInSemester: number;
}

export class AgencyDisabledGroupDto {
  @ApiProperty() @number() count: number;
  @ApiProperty({ description: 'Durata prevista della missione' }) @number() missionMonths: number;
}

export class ConventionPlacementDto {
  @ApiProperty({ enum: ['ART_12_BIS', 'ART_14'] }) @IsString() type: 'ART_12_BIS' | 'ART_14';
  @ApiProperty() @number() count: number;
  @ApiProperty(DATE) @IsString() from: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsString() to?: string;
  @ApiPropertyOptional() @IsOptional() @number() frameworkMaxPositions?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

export class AuthorisedExemptionDto {
  @ApiProperty({ description: 'Percentuale della quota esonerata (massimo legale 60, 80)' })
  @number()
  percent: number;

  @ApiProperty({ enum: ['ORDINARY', 'SECURITY_OR_TRANSPORT'] })
  @IsString()
  sector: 'ORDINARY' | 'SECURITY_OR_TRANSPORT';

  @ApiProperty(DATE) @IsString() from: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsString() to?: string;
}

export class SelfCertifiedExemptionDto {
  @ApiProperty() @number() positions: number;
  @ApiPropertyOptional(DATE) @IsOptional() @IsString() from?: string;
}

export class SuspensionDto {
  @ApiProperty({ enum: ['CIGS', 'SOLIDARITY_CONTRACT', 'COLLECTIVE_DISMISSAL', 'OTHER'] })
  @IsString()
  cause: 'CIGS' | 'SOLIDARITY_CONTRACT' | 'COLLECTIVE_DISMISSAL' | 'OTHER';

  @ApiProperty({ description: 'Lavoratori sospesi, in equivalenti a tempo pieno' })
  @number()
  suspendedWorkers: number;

  @ApiProperty(DATE) @IsString() from: string;
  @ApiPropertyOptional(DATE) @IsOptional() @IsString() to?: string;
}

export class CompensationDto {
  @ApiProperty({ enum: ['E', 'R'] }) @IsString() kind: 'E' | 'R';
  @ApiProperty() @number() positions: number;
}
