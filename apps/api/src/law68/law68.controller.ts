import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '#libs/audit';
import { COMPANY_MANAGERS, COMPANY_READERS } from '#libs/companies';
import {
  ComputeQuotaUseCase,
  DeleteDistrictUseCase,
  ListDistrictsUseCase,
  SaveDistrictUseCase,
  TERRITORY_CSV_COLUMNS,
  TerritoryViewUseCase,
} from '#libs/law68';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import type { Response } from 'express';
import { sendAreaCsv, wantsCsv } from '../common/csv-export.js';
import { ComputeQuotaDto } from './law68-input.dto.js';
import { AreaQuery, DistrictDto } from './law68-requests.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('legge 68')
@ApiBearerAuth()
@Controller('law68')
export class Law68Controller {
  constructor(
    private readonly computeQuota: ComputeQuotaUseCase,
    private readonly territoryView: TerritoryViewUseCase,
    private readonly listDistricts: ListDistrictsUseCase,
    private readonly saveDistrict: SaveDistrictUseCase,
    private readonly deleteDistrict: DeleteDistrictUseCase,
    private readonly audit: AuditService,
  ) {}

  @Post('quota')
  @HttpCode(200)
  @Roles(...COMPANY_READERS)
  @ApiOperation({
    summary:
      'Calcola quota, copertura e scoperture di un organico (con i passaggi del calcolo), senza salvare nulla',
  })
  quota(@Body() body: ComputeQuotaDto) {
    return this.computeQuota.execute(body);
  }

  @Get('territory')
  @Roles(...COMPANY_READERS)
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'Il territorio: aziende sotto quota e scoperture per provincia, comune o ambito, andamento, scadenza del prospetto e sanzioni maturate (CSV con format=csv o Accept: text/csv; esportazione registrata)',
  })
  async territory(
    @CurrentActor() actor: Actor,
    @Query() query: AreaQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { format, ...rest } = query;
    if (!wantsCsv(format, accept)) return this.territoryView.execute(actor, rest);
    const { page: _page, pageSize: _pageSize, ...area } = rest;
    const { view, rows } = await this.territoryView.belowQuota(actor, area);
    return sendAreaCsv(this.audit, actor, response, {
      subjectType: 'law68_territory',
      filename: 'aziende-sotto-quota.csv',
      area: view.area,
      columns: TERRITORY_CSV_COLUMNS,
      rows,
    });
  }

  @Get('districts')
  @Roles(...COMPANY_READERS)
  @ApiOperation({ summary: 'Gli ambiti dei centri per l’impiego definiti dall’organizzazione' })
  districts(@CurrentActor() actor: Actor) {
    return this.listDistricts.execute(actor);
  }

  @Post('districts')
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Definisce un ambito (nome e comuni)' })
  createDistrict(@CurrentActor() actor: Actor, @Body() body: DistrictDto) {
    return this.saveDistrict.execute(actor, body);
  }

  @Put('districts/:id')
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Sostituisce nome e comuni di un ambito' })
  updateDistrict(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: DistrictDto) {
    return this.saveDistrict.execute(actor, body, id);
  }

  @Delete('districts/:id')
  @HttpCode(204)
  @Roles(...COMPANY_MANAGERS)
  @ApiOperation({ summary: 'Elimina un ambito' })
  async removeDistrict(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<void> {
    await this.deleteDistrict.execute(actor, id);
  }
}
