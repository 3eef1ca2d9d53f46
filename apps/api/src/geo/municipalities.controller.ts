import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
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

/** A municipality as pickers show it. */
export interface Municipality {
  /** ISTAT code, e.g. 015146 */
  code: string;
  name: string;
  /** Province abbreviation, e.g. MI */
  provinceCode: string;
  province: string;
}

export interface MunicipalityList {
  items: Municipality[];
}

function toDto(m: MunicipalityEntity): Municipality {
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
  async list(@Query() query: MunicipalitiesQuery): Promise<MunicipalityList> {
    if (query.codes) {
      const found = await this.municipalities.findByCodes(query.codes.split(','));
      return { items: [...found.values()].map(toDto) };
    }
    if (!query.q?.trim()) throw new BadRequestException('indicare q (nome) oppure codes');
    const items = await this.municipalities.suggest(query.q.trim(), query.limit);
    return { items: items.map(toDto) };
  }
}
