import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ArchiveCompanyUseCase,
  COMPANY_MANAGERS,
  COMPANY_READERS,
  CreateCompanyUseCase,
  GetCompanyUseCase,
  ListCompaniesUseCase,
  UpdateCompanyUseCase,
} from '#libs/companies';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { CreateCompanyDto, UpdateCompanyDto } from './company.dto.js';
import { ListCompaniesQuery } from './list-companies.query.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { COMPANY_EXPORT_COLUMNS } from './companies-export.columns.js';
import {
  AcceptHeader,
  EXPORT_PAGE_SIZE,
  ListExporter,
  remainingPages,
  SPREADSHEET_MEDIA_TYPES,
  spreadsheetFormatOf,
} from '../common/list-export.js';

@ApiTags('aziende')
@ApiBearerAuth()
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly createCompany: CreateCompanyUseCase,
    private readonly updateCompany: UpdateCompanyUseCase,
    private readonly getCompany: GetCompanyUseCase,
    private readonly listCompanies: ListCompaniesUseCase,
    private readonly archiveCompany: ArchiveCompanyUseCase,
    private readonly exporter: ListExporter,
  ) {}

  @Post()
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: "Registra un'azienda con almeno una sede" })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCompanyDto) {
    return this.createCompany.execute(actor, body);
  }

  @Get()
  @Roles(...COMPANY_READERS)
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({
    summary: "Le aziende dell'organizzazione (le archiviate solo con archived=true)",
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListCompaniesQuery,
    @AcceptHeader() accept?: string,
  ) {
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return this.listCompanies.execute(actor, query);
    const fetch = (page: number) =>
      this.listCompanies.execute(actor, { ...query, page, pageSize: EXPORT_PAGE_SIZE });
    return this.exporter.send(actor, {
      name: 'aziende',
      format,
      columns: COMPANY_EXPORT_COLUMNS,
      rows: remainingPages(await fetch(1), fetch),
      personalData: false,
      filters: query,
    });
  }

  @Get(':id')
  @Roles(...COMPANY_READERS)
  @ApiOperation({ summary: "La scheda di un'azienda con le sue sedi" })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.getCompany.execute(actor, id);
  }

  @Patch(':id')
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({
    summary:
      "Modifica un'azienda: i campi assenti restano; `sites` è la lista completa (con id: modificate, senza: nuove, le altre eliminate)",
  })
  update(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: UpdateCompanyDto) {
    return this.updateCompany.execute(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: "Archivia l'azienda (rifiutato se ha offerte aperte o in bozza)" })
  archive(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.archiveCompany.execute(actor, id);
  }
}
