import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  DECLINE_REASON_CODES,
  type DeclineReason,
  PROPOSAL_STATE_CODES,
  type ProposalState,
  SOFT_OUTCOME_KIND_CODES,
  type SoftOutcomeKind,
  type SoftOutcomeLevel,
} from '#libs/pathway';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PlacementDto } from './placement.dto.js';

export class CreateProposalDto {
  @ApiProperty()
  @IsUUID()
  candidateId: string;

  @ApiProperty()
  @IsUUID()
  vacancyId: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** One step of a proposal; an internship or a hire records its placement at the same time. */
export class TransitionProposalDto {
  @ApiProperty({ enum: PROPOSAL_STATE_CODES })
  @IsIn(PROPOSAL_STATE_CODES)
  to: ProposalState;

  @ApiPropertyOptional({
    enum: DECLINE_REASON_CODES,
    description: "Obbligatorio se l'azienda non accoglie",
  })
  @IsOptional()
  @IsIn(DECLINE_REASON_CODES)
  reason?: DeclineReason;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional({ type: PlacementDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementDto)
  placement?: PlacementDto;

  @ApiPropertyOptional({ description: 'Versione letta: se nel frattempo è cambiata, 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class SoftOutcomeDto {
  @ApiProperty({ enum: SOFT_OUTCOME_KIND_CODES })
  @IsIn(SOFT_OUTCOME_KIND_CODES)
  kind: SoftOutcomeKind;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 4,
    description: '1 non raggiunto … 4 pienamente raggiunto',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  level?: SoftOutcomeLevel | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}
