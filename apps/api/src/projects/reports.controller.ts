import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
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
import { csvHeaders } from '../common/csv-export.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { FigureRecordsQueryDto, FunderReportQuery } from './project.dto.js';

const FILES = {
  xlsx: { contentType: XLSX_CONTENT_TYPE, extension: 'xlsx' },
  csv: { contentType: CSV_CONTENT_TYPE, extension: 'csv' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
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
  @ApiProduces('application/json', XLSX_CONTENT_TYPE, 'text/csv', 'text/html')
  @ApiOperation({
    summary:
      'Rendicontazione di un progetto (o dell’organizzazione) per un periodo: indicatori, obiettivi e disaggregazioni; XLSX, CSV e pagina stampabile con format= (sempre con i conteggi piccoli oscurati, esportazione registrata)',
  })
  async funder(
    @CurrentActor() actor: Actor,
    @Query() query: FunderReportQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { format = 'json', audience, ...scope } = query;
    if (format === 'json') return this.report.execute(actor, scope, audience ?? 'INTERNAL');
    const report = await this.report.execute(actor, scope, 'EXTERNAL');
    await this.audit.record({
      action: 'DATA_EXPORTED',
      actor,
      subjectType: report.scope.projectId ? 'project' : 'organisation',
      subjectId: report.scope.projectId ?? actor.organisationId,
      details: { export: 'funder-report', format, ...report.period },
    });
    const file = FILES[format];
    const filename = `rendicontazione-${report.period.from}-${report.period.to}.${file.extension}`;
    if (format === 'html') {
      response.setHeader('Content-Type', file.contentType);
      response.setHeader('Cache-Control', 'no-store');
      return funderReportHtml(report);
    }
    csvHeaders(response, filename, file.contentType);
    if (format === 'csv') return funderReportCsv(report);
    return new StreamableFile(await funderReportXlsx(report));
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
