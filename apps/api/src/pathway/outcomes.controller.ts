import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CANDIDATE_CREATORS, CANDIDATE_READERS } from '#libs/candidates';
import {
  EndPlacementUseCase,
  ListPlacementsUseCase,
  ListSoftOutcomesUseCase,
  RecordPlacementUseCase,
  RecordSoftOutcomeUseCase,
} from '#libs/pathway';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { CreatePlacementDto, EndPlacementDto } from './placement.dto.js';
import { SoftOutcomeDto } from './proposal.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import {
  AcceptHeader,
  ListExporter,
  ListFormatQuery,
  SPREADSHEET_MEDIA_TYPES,
  spreadsheetFormatOf,
} from '../common/list-export.js';
import { placementColumns } from './placements-export.columns.js';

/** Outcomes: placements (contracts and internships) and the soft outcomes of the pathway. */
@ApiTags('percorso dopo l’abbinamento')
@ApiBearerAuth()
@Controller()
export class OutcomesController {
  constructor(
    private readonly recordPlacement: RecordPlacementUseCase,
    private readonly listPlacements: ListPlacementsUseCase,
    private readonly endPlacement: EndPlacementUseCase,
    private readonly recordSoftOutcome: RecordSoftOutcomeUseCase,
    private readonly listSoftOutcomes: ListSoftOutcomesUseCase,
    private readonly exporter: ListExporter,
  ) {}

  @Post('placements')
  @Roles(...CANDIDATE_CREATORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Registra un esito senza proposta (contratto o tirocinio)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePlacementDto) {
    return this.recordPlacement.execute(actor, body);
  }

  @Patch('placements/:id')
  @Roles(...CANDIDATE_CREATORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Registra la fine di un contratto o di un tirocinio' })
  end(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: EndPlacementDto) {
    return this.endPlacement.execute(actor, id, body.endDate ?? null);
  }

  @Get('candidates/:id/placements')
  @Roles(...CANDIDATE_READERS)
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({
    summary:
      'Gli esiti di una persona (i dati Legge 68 solo per chi segue il caso; CSV o XLSX con format, esportazione registrata)',
  })
  async placements(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ListFormatQuery,
    @AcceptHeader() accept?: string,
  ) {
    const placements = await this.listPlacements.execute(actor, id);
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return placements;
    return this.exporter.send(actor, {
      name: 'esiti',
      format,
      columns: placementColumns(placements),
      rows: placements,
      personalData: true,
      filters: {},
      subject: { type: 'candidate', id },
    });
  }

  @Post('candidates/:id/soft-outcomes')
  @Roles(...CANDIDATE_CREATORS)
  @ApiOperation({
    summary: 'Registra un esito leggero (obiettivi educativi, crescita, attivazione, orientamento)',
  })
  recordSoft(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: SoftOutcomeDto) {
    return this.recordSoftOutcome.execute(actor, id, body);
  }

  @Get('candidates/:id/soft-outcomes')
  @Roles(...CANDIDATE_CREATORS)
  @ApiOperation({ summary: 'Gli esiti leggeri di una persona (solo per chi segue il caso)' })
  softOutcomes(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.listSoftOutcomes.execute(actor, id);
  }
}
