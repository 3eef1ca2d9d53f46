import { IsIsoDate } from '#libs/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIGITAL_SKILLS,
  EDUCATION_LEVELS,
  L68_CERTIFYING_BODIES,
  REFERRAL_KINDS,
  RIGHT_TO_WORK_KINDS,
  type ReferralKind,
  type RightToWorkKind,
} from '#libs/candidates';
import { L68_CATEGORY_CODES, type L68Category } from '#libs/kernel';

import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsIstatCode, OptionalCoordinate } from '../common/geo-fields.decorators.js';

export class HomeDto {
  @ApiProperty({
    example: '015146',
    description: 'Codice ISTAT del comune di residenza o domicilio',
  })
  @IsIstatCode()
  municipalityCode: string;

  @OptionalCoordinate('lat', { description: 'Se assente, il centro del comune' })
  lat?: number;

  @OptionalCoordinate('lng')
  lng?: number;
}

export class RightToWorkDto {
  @ApiProperty({ enum: RIGHT_TO_WORK_KINDS })
  @IsIn(RIGHT_TO_WORK_KINDS)
  kind: RightToWorkKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-03-31' })
  @IsOptional()
  @IsIsoDate()
  expiresOn?: string | null;
}

export class SkillDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code: string | null;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;
}

export class ExperienceDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  occupationCode: string | null;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  occupationText: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(600)
  months: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;
}

export class ReferralDto {
  @ApiProperty({ enum: Object.keys(REFERRAL_KINDS) })
  @IsIn(Object.keys(REFERRAL_KINDS))
  kind: ReferralKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactPerson?: string;
}

export class ConsentDto {
  @ApiProperty({ example: '2026-01' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  privacyNoticeVersion: string;

  @ApiProperty()
  @IsISO8601({ strict: true })
  givenAt: string;

  @ApiProperty()
  @IsBoolean()
  bulletin: boolean;

  @ApiProperty()
  @IsBoolean()
  shareWithCompanies: boolean;
}

export class L68RegistrationDto {
  @ApiProperty({ enum: L68_CATEGORY_CODES })
  @IsIn(L68_CATEGORY_CODES)
  category: L68Category;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({ enum: L68_CERTIFYING_BODIES })
  @IsOptional()
  @IsIn(L68_CERTIFYING_BODIES)
  certifyingBody?: (typeof L68_CERTIFYING_BODIES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  certificateDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  reviewDate?: string;

  @ApiProperty({ description: 'Iscritto negli elenchi del collocamento mirato' })
  @IsBoolean()
  registeredInList: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  registrationOffice?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  registrationDate?: string;
}

export class HealthDto {
  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  notes: string;
}

export class JusticeDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  measure: string;

  @ApiProperty({ enum: ['UEPE', 'USSM', 'OTHER'] })
  @IsIn(['UEPE', 'USSM', 'OTHER'])
  authority: 'UEPE' | 'USSM' | 'OTHER';

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  endsOn?: string;
}

export class AsylumDto {
  @ApiProperty({
    enum: ['ASYLUM_SEEKER', 'REFUGEE', 'SUBSIDIARY_PROTECTION', 'SPECIAL_PROTECTION', 'OTHER'],
  })
  @IsIn(['ASYLUM_SEEKER', 'REFUGEE', 'SUBSIDIARY_PROTECTION', 'SPECIAL_PROTECTION', 'OTHER'])
  status: 'ASYLUM_SEEKER' | 'REFUGEE' | 'SUBSIDIARY_PROTECTION' | 'SPECIAL_PROTECTION' | 'OTHER';

  @ApiPropertyOptional({ enum: ['SAI', 'CAS', 'NONE'] })
  @IsOptional()
  @IsIn(['SAI', 'CAS', 'NONE'])
  reception?: 'SAI' | 'CAS' | 'NONE';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  permitType?: string;
}

export class ViolenceDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  antiViolenceCentre?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export const EDUCATION_CODES = Object.keys(EDUCATION_LEVELS);
export const DIGITAL_SKILL_CODES = Object.keys(DIGITAL_SKILLS);
