import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { MunicipalitiesService, type MunicipalityEntity } from '#libs/geo';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class MunicipalitiesQuery {
  @ApiPropertyOptional({
    example: 'sesto s',
    description: 'Inizio del nome; accenti e maiuscole non contano',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;

  @ApiPropertyOptional({ example: '015146', description: 'Codici ISTAT separati da virgola' })
  @IsOptional()
  @Matches(/^\d{6}(,\d{6}){0,99}$/, { message: 'codici ISTAT di 6 cifre separati da virgola' })
  codes?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit: number = 10;
}

export class MunicipalityDto {
  @ApiProperty({ example: '015146' })
  code: string;

  @ApiProperty({ example: 'Milano' })
  name: string;

  @ApiProperty({ example: 'MI' })
  provinceCode: string;

  @ApiProperty({ example: 'Milano' })
  province: string;
}

export class MunicipalityListDto {
  @ApiProperty({ type: [MunicipalityDto] })
  items: MunicipalityDto[];
}

function toDto(m: MunicipalityEntity): MunicipalityDto {
  return { code: m.istatCode, name: m.name, provinceCode: m.provinceCode, province: m.province };
}

/** The gazetteer for pickers and for showing names instead of ISTAT codes; open to every signed-in role. */
@ApiTags('vocabolario')
@ApiBearerAuth()
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @ApiOperation({ summary: 'Comuni per inizio del nome (i più popolosi prima) o per codice ISTAT' })
  @ApiOkResponse({ type: MunicipalityListDto })
  async list(@Query() query: MunicipalitiesQuery): Promise<MunicipalityListDto> {
    if (query.codes) {
      const found = await this.municipalities.findByCodes(query.codes.split(','));
      return { items: [...found.values()].map(toDto) };
    }
    if (!query.q?.trim()) throw new BadRequestException('indicare q (nome) oppure codes');
    const items = await this.municipalities.suggest(query.q.trim(), query.limit);
    return { items: items.map(toDto) };
  }
}
