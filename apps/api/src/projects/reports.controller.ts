import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '#libs/audit';
import { CSV_CONTENT_TYPE } from '#libs/law68';
import { type Actor, CurrentActor, Roles } from '#libs/platform';
import {
  FigureRecordsUseCase,
  funderReportCsv,
  funderReportHtml,
  FunderReportUseCase,
  funderReportXlsx,
  PROJECT_STAFF,
  XLSX_CONTENT_TYPE,
} from '#libs/projects';
import type { Response } from 'express';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { FigureRecordsQueryDto, FunderExportQuery, FunderReportQuery } from './project.dto.js';

const CONTENT_TYPES = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
  html: 'text/html; charset=utf-8',
} as const;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
@Roles(...PROJECT_STAFF)
export class ReportsController {
  constructor(
    private readonly report: FunderReportUseCase,
    private readonly records: FigureRecordsUseCase,
    private readonly audit: AuditService,
  ) {}

  @Get('funder')
  @ApiProblems(404)
  @ApiOperation({
    summary:
      'Rendicontazione di un progetto (o dell’organizzazione) per un periodo: indicatori, obiettivi e disaggregazioni',
  })
  funder(@CurrentActor() actor: Actor, @Query() query: FunderReportQuery) {
    const { audience, ...scope } = query;
    return this.report.execute(actor, scope, audience ?? 'INTERNAL');
  }

  @Get('funder/export')
  @ApiProblems(404)
  @ApiProduces(XLSX_CONTENT_TYPE, 'text/csv', 'text/html')
  @ApiOperation({
    summary:
      'La rendicontazione come esce dall’organizzazione (conteggi piccoli oscurati): cartella XLSX, CSV o pagina stampabile con grafici; esportazione registrata',
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: FunderExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { format, ...scope } = query;
    const report = await this.report.execute(actor, scope, 'EXTERNAL');
    await this.audit.record({
      action: 'DATA_EXPORTED',
      actor,
      subjectType: report.scope.projectId ? 'project' : 'organisation',
      subjectId: report.scope.projectId ?? actor.organisationId,
      details: { export: 'funder-report', format, ...report.period },
    });
    const body =
      format === 'xlsx'
        ? await funderReportXlsx(report)
        : format === 'csv'
          ? funderReportCsv(report)
          : funderReportHtml(report);
    response.setHeader('Content-Type', CONTENT_TYPES[format]);
    response.setHeader('Cache-Control', 'no-store');
    if (format !== 'html') {
      const filename = `rendicontazione-${report.period.from}-${report.period.to}.${format}`;
      response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    }
    response.send(body);
  }

  @Get('funder/records')
  @ApiProblems(404)
  @ApiOperation({
    summary:
      'I record contati da un indicatore (o da una voce di una disaggregazione); per i gruppi di categorie particolari solo le persone dei propri casi, lettura registrata',
  })
  figureRecords(@CurrentActor() actor: Actor, @Query() query: FigureRecordsQueryDto) {
    return this.records.execute(actor, query);
  }
}
