import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CANDIDATE_READERS } from '#libs/candidates';
import { ListCaseloadUseCase } from '#libs/pathway';
import { type Actor, CurrentActor, Roles } from '#libs/platform';
import { ListCandidatesQuery } from '../candidates/list-candidates.query.js';
import {
  AcceptHeader,
  EXPORT_PAGE_SIZE,
  ListExporter,
  remainingPages,
  SPREADSHEET_MEDIA_TYPES,
  spreadsheetFormatOf,
} from '../common/list-export.js';
import { CASELOAD_EXPORT_COLUMNS } from './caseload-export.columns.js';

/** "Le mie persone": the candidate list with what a tutor needs to plan the day. */
@ApiTags('persone in carico')
@ApiBearerAuth()
@Controller('caseload')
export class CaseloadController {
  constructor(
    private readonly caseload: ListCaseloadUseCase,
    private readonly exporter: ListExporter,
  ) {}

  @Get()
  @Roles(...CANDIDATE_READERS)
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({
    summary:
      'Le persone in carico con ultima novità, prossima azione e nuovi abbinamenti (senza dati sensibili; CSV o XLSX con format, esportazione registrata)',
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListCandidatesQuery,
    @AcceptHeader() accept?: string,
  ) {
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return this.caseload.execute(actor, query);
    const fetch = (page: number) =>
      this.caseload.execute(actor, { ...query, page, pageSize: EXPORT_PAGE_SIZE });
    return this.exporter.send(actor, {
      name: 'persone-in-carico',
      format,
      columns: CASELOAD_EXPORT_COLUMNS,
      rows: remainingPages(await fetch(1), fetch),
      personalData: true,
      filters: query,
    });
  }
}
