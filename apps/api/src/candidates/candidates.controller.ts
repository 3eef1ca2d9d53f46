import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ArchiveCandidateUseCase,
  CANDIDATE_CREATORS,
  CANDIDATE_READERS,
  CreateCandidateUseCase,
  GetCandidateUseCase,
  ListCandidatesUseCase,
  UpdateCandidateUseCase,
} from '#libs/candidates';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { CreateCandidateDto, UpdateCandidateDto } from './candidate.dto.js';
import { ListCandidatesQuery } from './list-candidates.query.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { CANDIDATE_EXPORT_COLUMNS } from './candidates-export.columns.js';
import {
  AcceptHeader,
  EXPORT_PAGE_SIZE,
  ListExporter,
  remainingPages,
  SPREADSHEET_MEDIA_TYPES,
  spreadsheetFormatOf,
} from '../common/list-export.js';

@ApiTags('persone in carico')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly createCandidate: CreateCandidateUseCase,
    private readonly updateCandidate: UpdateCandidateUseCase,
    private readonly getCandidate: GetCandidateUseCase,
    private readonly listCandidates: ListCandidatesUseCase,
    private readonly archiveCandidate: ArchiveCandidateUseCase,
    private readonly exporter: ListExporter,
  ) {}

  @Post()
  @Roles(...CANDIDATE_CREATORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Prende in carico una persona' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCandidateDto) {
    return this.createCandidate.execute(actor, body);
  }

  @Get()
  @Roles(...CANDIDATE_READERS)
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({
    summary:
      "Le persone in carico all'organizzazione (senza dati sensibili; CSV o XLSX con format, esportazione registrata)",
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListCandidatesQuery,
    @AcceptHeader() accept?: string,
  ) {
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return this.listCandidates.execute(actor, query);
    const fetch = (page: number) =>
      this.listCandidates.execute(actor, { ...query, page, pageSize: EXPORT_PAGE_SIZE });
    return this.exporter.send(actor, {
      name: 'persone',
      format,
      columns: CANDIDATE_EXPORT_COLUMNS,
      rows: remainingPages(await fetch(1), fetch),
      personalData: true,
      filters: query,
    });
  }

  @Get(':id')
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({
    summary:
      'La scheda di una persona: i dati sensibili solo per i tutor assegnati e i coordinatori (lettura registrata)',
  })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.getCandidate.execute(actor, id);
  }

  @Patch(':id')
  @Roles(...CANDIDATE_CREATORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Modifica la scheda (solo tutor assegnati e coordinatori)' })
  update(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: UpdateCandidateDto) {
    return this.updateCandidate.execute(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...CANDIDATE_CREATORS)
  @ApiOperation({ summary: 'Archivia la scheda' })
  archive(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.archiveCandidate.execute(actor, id);
  }
}
