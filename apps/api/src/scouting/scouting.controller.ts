import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '#libs/audit';
import { PRIORITY_CSV_COLUMNS, PriorityListUseCase } from '#libs/law68';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import {
  CompleteNextActionUseCase,
  GetCompanyScoutingUseCase,
  KmZeroMapUseCase,
  ListActivitiesUseCase,
  ListNextActionsUseCase,
  MoveStageUseCase,
  PipelineBoardUseCase,
  RecordActivityUseCase,
  SCOUTING_MANAGERS,
} from '#libs/scouting';
import type { Response } from 'express';
import { sendAreaCsv, wantsCsv } from '../common/csv-export.js';
import { AreaQuery } from '../law68/law68-requests.dto.js';
import {
  ActivityDto,
  KmZeroQueryDto,
  ListActivitiesQuery,
  NextActionsQuery,
  PipelineQuery,
  StageDto,
} from './scouting.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

/** Rows of a CSV export of the priority list (the whole list, not a page). */
const EXPORT_ROWS = 10_000;

@ApiTags('scouting')
@ApiBearerAuth()
@Controller('scouting')
@Roles(...SCOUTING_MANAGERS)
export class ScoutingController {
  constructor(
    private readonly priorities: PriorityListUseCase,
    private readonly pipelineBoard: PipelineBoardUseCase,
    private readonly companyScouting: GetCompanyScoutingUseCase,
    private readonly moveStage: MoveStageUseCase,
    private readonly recordActivity: RecordActivityUseCase,
    private readonly listActivities: ListActivitiesUseCase,
    private readonly listNextActions: ListNextActionsUseCase,
    private readonly completeNextAction: CompleteNextActionUseCase,
    private readonly kmZeroMap: KmZeroMapUseCase,
    private readonly audit: AuditService,
  ) {}

  @Get('priorities')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'Priorità di visita: aziende con scoperture ordinate per iscritti al collocamento mirato vicini e adatti al settore (solo conteggi; CSV con format=csv o Accept: text/csv, esportazione registrata)',
  })
  async priorityList(
    @CurrentActor() actor: Actor,
    @Query() query: AreaQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { format, ...rest } = query;
    if (!wantsCsv(format, accept)) return this.priorities.execute(actor, rest);
    const list = await this.priorities.execute(actor, { ...rest, page: 1, pageSize: EXPORT_ROWS });
    return sendAreaCsv(this.audit, actor, response, {
      subjectType: 'scouting_priorities',
      filename: 'priorita-scouting.csv',
      area: list.area,
      columns: PRIORITY_CSV_COLUMNS,
      rows: list.items,
    });
  }

  @Get('pipeline')
  @ApiOperation({ summary: 'Le aziende per fase del percorso di scouting' })
  pipeline(@CurrentActor() actor: Actor, @Query() query: PipelineQuery) {
    return this.pipelineBoard.execute(actor, query);
  }

  @Get('companies/:id')
  @ApiOperation({ summary: 'Fase, storico delle fasi e attività con un’azienda' })
  company(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.companyScouting.execute(actor, id);
  }

  @Put('companies/:id/stage')
  @ApiProblems(409)
  @ApiOperation({ summary: 'Sposta l’azienda in una fase (e/o la assegna a un consulente)' })
  stage(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: StageDto) {
    return this.moveStage.execute(actor, id, body);
  }

  @Post('activities')
  @ApiProblems(404, 409)
  @ApiOperation({
    summary:
      'Registra un contatto (telefonata, visita, consulenza...) e l’eventuale azione successiva',
  })
  addActivity(@CurrentActor() actor: Actor, @Body() body: ActivityDto) {
    return this.recordActivity.execute(actor, body);
  }

  @Get('activities')
  @ApiOperation({ summary: 'Le attività di scouting, dalla più recente' })
  activities(@CurrentActor() actor: Actor, @Query() query: ListActivitiesQuery) {
    return this.listActivities.execute(actor, query);
  }

  @Get('next-actions')
  @ApiOperation({ summary: 'Le azioni successive aperte, dalla scadenza più vicina' })
  nextActions(@CurrentActor() actor: Actor, @Query() query: NextActionsQuery) {
    return this.listNextActions.execute(actor, query);
  }

  @Post('activities/:id/next-action/done')
  @HttpCode(200)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Segna come fatta l’azione successiva di un’attività' })
  done(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.completeNextAction.execute(actor, id);
  }

  @Get('km-zero')
  @ApiOperation({
    summary: 'Le attività di quartiere (lavoro a km zero) vicine a un comune o a un punto',
  })
  kmZero(@CurrentActor() actor: Actor, @Query() query: KmZeroQueryDto) {
    return this.kmZeroMap.execute(actor, query);
  }
}
