import { ApiProperty } from '@nestjs/swagger';
import { IsLatitude, IsLongitude, IsNumber, Max, Min } from 'class-validator';

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

export class AreaDto extends GeoPointDto {
  @ApiProperty({ example: 5 })
  @IsNumber()
  @Min(0.1)
  @Max(500)
  radiusKm: number;
}
