import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import {
  ArchiveVacancyUseCase,
  CreateVacancyUseCase,
  GetVacancyUseCase,
  ListVacanciesUseCase,
  ShareVacancyUseCase,
  UpdateVacancyUseCase,
  VACANCY_MANAGERS,
  VACANCY_PUBLISHERS,
  type VacancySharingView,
  VACANCY_READERS,
} from '#libs/vacancies';
import { ListVacanciesQuery } from './list-vacancies.query.js';
import { CreateVacancyDto, UpdateVacancyDto } from './vacancy.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { VACANCY_EXPORT_COLUMNS } from './vacancies-export.columns.js';
import {
  AcceptHeader,
  EXPORT_PAGE_SIZE,
  ListExporter,
  remainingPages,
  SPREADSHEET_MEDIA_TYPES,
  spreadsheetFormatOf,
} from '../common/list-export.js';

@ApiTags('offerte di lavoro')
@ApiBearerAuth()
@Controller('vacancies')
export class VacanciesController {
  constructor(
    private readonly createVacancy: CreateVacancyUseCase,
    private readonly updateVacancy: UpdateVacancyUseCase,
    private readonly getVacancy: GetVacancyUseCase,
    private readonly listVacancies: ListVacanciesUseCase,
    private readonly archiveVacancy: ArchiveVacancyUseCase,
    private readonly shareVacancy: ShareVacancyUseCase,
    private readonly exporter: ListExporter,
  ) {}

  @Post()
  @Roles(...VACANCY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: "Registra un'offerta presso una sede di un'azienda" })
  create(@CurrentActor() actor: Actor, @Body() body: CreateVacancyDto) {
    return this.createVacancy.execute(actor, body);
  }

  @Get()
  @Roles(...VACANCY_READERS)
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({
    summary: "Le offerte dell'organizzazione (le archiviate solo con archived=true)",
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListVacanciesQuery,
    @AcceptHeader() accept?: string,
  ) {
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return this.listVacancies.execute(actor, query);
    const fetch = (page: number) =>
      this.listVacancies.execute(actor, { ...query, page, pageSize: EXPORT_PAGE_SIZE });
    return this.exporter.send(actor, {
      name: 'offerte',
      format,
      columns: VACANCY_EXPORT_COLUMNS,
      rows: remainingPages(await fetch(1), fetch),
      personalData: false,
      filters: query,
    });
  }

  @Get(':id')
  @Roles(...VACANCY_READERS)
  @ApiOperation({ summary: "Un'offerta" })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.getVacancy.execute(actor, id);
  }

  @Patch(':id')
  @Roles(...VACANCY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: "Modifica un'offerta, stato compreso (i campi assenti restano)" })
  update(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: UpdateVacancyDto) {
    return this.updateVacancy.execute(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...VACANCY_MANAGERS)
  @ApiOperation({ summary: "Archivia l'offerta, da qualsiasi stato" })
  archive(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.archiveVacancy.execute(actor, id);
  }

  @Get(':id/networks')
  @Roles(...VACANCY_MANAGERS)
  @ApiOperation({
    summary:
      "Le reti in cui l'offerta è pubblicata, oltre all'organizzazione stessa (solo per l'organizzazione che l'ha pubblicata)",
  })
  @ApiProblems(400, 401, 403, 404)
  networks(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<VacancySharingView> {
    return this.shareVacancy.sharing(actor, id);
  }

  @Put(':id/networks/:networkId')
  @Roles(...VACANCY_PUBLISHERS)
  @ApiOperation({
    summary:
      "Pubblica l'offerta in una rete dell'organizzazione: i membri la vedono in ricerca, abbinamenti e bollettino; l'azienda e i suoi contatti restano all'organizzazione (registrato nel registro di audit)",
  })
  @ApiProblems(400, 401, 403, 404, 409)
  publish(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('networkId') networkId: string,
  ): Promise<VacancySharingView> {
    return this.shareVacancy.execute(actor, id, networkId, 'publish');
  }

  @Delete(':id/networks/:networkId')
  @HttpCode(200)
  @Roles(...VACANCY_PUBLISHERS)
  @ApiOperation({
    summary:
      "Ritira l'offerta da una rete: esce dagli elenchi degli altri membri (registrato nel registro di audit)",
  })
  @ApiProblems(400, 401, 403, 404)
  withdraw(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('networkId') networkId: string,
  ): Promise<VacancySharingView> {
    return this.shareVacancy.execute(actor, id, networkId, 'withdraw');
  }
}
