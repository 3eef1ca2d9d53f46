import { ApiProperty } from '@nestjs/swagger';
import { IsLatitude, IsLongitude, IsNumber } from 'class-validator';

export class GeoPointDto {
  @ApiProperty({ example: 45.4642 })
  @IsNumber()
  @IsLatitude()
  lat: number;

  @ApiProperty({ example: 9.19 })
  @IsNumber()
  @IsLongitude()
  lng: number;
}
