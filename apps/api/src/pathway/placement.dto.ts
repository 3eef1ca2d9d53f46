import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CONTRACT_TYPE_CODES, type ContractType } from '#libs/kernel';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const DATE = { strict: true, strictSeparator: true } as const;

export class InternshipDto {
  @ApiProperty({ description: 'Soggetto promotore (es. la cooperativa, il CPI)' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  promoter: string;

  @ApiProperty({ description: 'Indennità mensile lorda, in centesimi di euro' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  monthlyAllowanceCents: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Fine prevista del tirocinio (AAAA-MM-GG)',
  })
  @IsOptional()
  @IsISO8601(DATE)
  endDate?: string | null;
}

/** An outcome: a contract (CO/UNILAV code) or an internship, with hours and dates. */
export class PlacementDto {
  @ApiProperty({ enum: CONTRACT_TYPE_CODES })
  @IsIn(CONTRACT_TYPE_CODES)
  contractType: ContractType;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Ore settimanali' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(60)
  weeklyHours?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Ore settimanali del tempo pieno del contratto collettivo',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(60)
  fullTimeHours?: number | null;

  @ApiProperty({ example: '2026-03-02' })
  @IsISO8601(DATE)
  startDate: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsISO8601(DATE)
  endDate?: string | null;

  @ApiPropertyOptional({ description: "Lavoro a km zero (se assente: quello dell'offerta)" })
  @IsOptional()
  @IsBoolean()
  kmZero?: boolean;

  @ApiPropertyOptional({ description: "Copre la quota della Legge 68/1999 dell'azienda" })
  @IsOptional()
  @IsBoolean()
  countsTowardL68?: boolean;

  @ApiPropertyOptional({ type: InternshipDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InternshipDto)
  internship?: InternshipDto | null;
}

/** An outcome recorded without a proposal. */
export class CreatePlacementDto extends PlacementDto {
  @ApiProperty()
  @IsUUID()
  candidateId: string;

  @ApiProperty()
  @IsUUID()
  companyId: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  vacancyId?: string | null;
}

export class EndPlacementDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Data di fine (null: ancora in corso)',
  })
  @IsOptional()
  @IsISO8601(DATE)
  endDate: string | null;
}
