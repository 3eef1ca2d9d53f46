import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  EDITION_STATUSES,
  UNCERTAIN_RESOLUTIONS,
  type UncertainResolution,
  type EditionStatus,
  SECTION_CODES,
  type SectionCode,
} from '#libs/bulletin';
import { PageQuery } from '#libs/platform';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

const WEEK = /^[1-9]\d{3}-W\d{2}$/;

export class ComposeEditionDto {
  @ApiPropertyOptional({
    example: '2026-W48',
    description:
      'Settimana ISO: la corrente (se omessa) o la prossima; una passata solo con reissue',
  })
  @IsOptional()
  @Matches(WEEK, { message: 'settimana nel formato AAAA-Wss' })
  weekKey?: string;

  @ApiPropertyOptional({
    description:
      'Riemette l’edizione di una settimana passata, con le offerte e i contenuti di allora',
  })
  @IsOptional()
  @IsBoolean()
  reissue?: boolean;
}

export class EditionItemDto {
  @ApiProperty({ enum: SECTION_CODES })
  @IsIn(SECTION_CODES)
  section: SectionCode;

  @ApiProperty()
  @IsString()
  @MaxLength(100)
  itemId: string;
}

export class ReorderItemDto extends EditionItemDto {
  @ApiProperty({ minimum: 0, description: 'Nuova posizione nella sezione, da 0' })
  @IsInt()
  @Min(0)
  toIndex: number;
}

export class ListEditionsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  areaId?: string;

  @ApiPropertyOptional({ enum: EDITION_STATUSES })
  @IsOptional()
  @IsIn(EDITION_STATUSES)
  status?: EditionStatus;

  @ApiPropertyOptional({ example: '2026-W48' })
  @IsOptional()
  @Matches(WEEK, { message: 'settimana nel formato AAAA-Wss' })
  weekKey?: string;
}

export class ListDeliveriesQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

export class ResolveDeliveryDto {
  @ApiProperty({
    enum: UNCERTAIN_RESOLUTIONS,
    description: 'DELIVERED: il lettore l’ha ricevuta; RESEND: inviarla di nuovo',
  })
  @IsIn(UNCERTAIN_RESOLUTIONS)
  resolution: UncertainResolution;
}
