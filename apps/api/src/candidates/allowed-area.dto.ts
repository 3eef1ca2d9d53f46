import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  Max,
  Min,
} from 'class-validator';
import { IsIstatCode } from '../common/geo-fields.decorators.js';

/**
 * Where the person may work (a court's or a protection plan's prescription, never its reason): the
 * municipalities by ISTAT code, a circle (centre and radius), or both, the site allowed in either.
 * The use case checks the codes against the gazetteer and that the area is one of these shapes.
 */
export class AllowedAreaDto {
  @ApiPropertyOptional({ type: [String], example: ['098031'], description: 'Comuni consentiti' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsIstatCode({ each: true })
  municipalityCodes?: string[];

  @ApiPropertyOptional({ example: 45.4642 })
  @IsOptional()
  @IsNumber()
  @IsLatitude()
  lat?: number;

  @ApiPropertyOptional({ example: 9.19 })
  @IsOptional()
  @IsNumber()
  @IsLongitude()
  lng?: number;

  @ApiPropertyOptional({ example: 5 })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(500)
  radiusKm?: number;
}
