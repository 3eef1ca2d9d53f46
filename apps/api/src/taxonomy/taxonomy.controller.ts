import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { type ConceptMatch, TaxonomyService } from '#libs/taxonomy';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class TaxonomyQuery {
  @ApiPropertyOptional({
    example: 'badante',
    description: 'Parola, sinonimo o inizio del codice; maiuscole e accenti non contano',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;
}

/** The vocabulary pickers read from; open to every signed-in role. */
@ApiTags('vocabolario')
@ApiBearerAuth()
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('occupations')
  @ApiOperation({ summary: 'Professioni (ISTAT CP2021) per codice, nome o sinonimo' })
  async occupations(@Query() query: TaxonomyQuery): Promise<{ items: ConceptMatch[] }> {
    return { items: await this.taxonomy.search('OCCUPATION', query.q, query.limit) };
  }

  @Get('skills')
  @ApiOperation({ summary: 'Competenze e attestati per codice, nome o sinonimo' })
  async skills(@Query() query: TaxonomyQuery): Promise<{ items: ConceptMatch[] }> {
    return { items: await this.taxonomy.search('SKILL', query.q, query.limit) };
  }
}
