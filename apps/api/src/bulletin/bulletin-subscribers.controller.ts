import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ListSubscribersUseCase,
  ReadConsentHistoryUseCase,
  SubscribeCandidateUseCase,
} from '#libs/bulletin';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { ListSubscribersQuery, SubscribeCandidateDto } from './bulletin-subscription.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { SUBSCRIBER_EXPORT_COLUMNS } from './subscribers-export.columns.js';
import {
  AcceptHeader,
  EXPORT_PAGE_SIZE,
  ListExporter,
  remainingPages,
  SPREADSHEET_MEDIA_TYPES,
  spreadsheetFormatOf,
} from '../common/list-export.js';

/** The readers of the bulletin are personal data: editors only, not consultants. */
@ApiTags('bollettino')
@ApiBearerAuth()
@Controller('bulletin/subscribers')
export class BulletinSubscribersController {
  constructor(
    private readonly listSubscribers: ListSubscribersUseCase,
    private readonly subscribeCandidate: SubscribeCandidateUseCase,
    private readonly consentHistory: ReadConsentHistoryUseCase,
    private readonly exporter: ListExporter,
  ) {}

  @Get(':id/consent-events')
  @Roles('coordinator', 'tutor')
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Lo storico del consenso di un iscritto (richiesta, conferma, modifiche, revoca)',
  })
  consentEvents(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.consentHistory.execute(actor, id);
  }

  @Get()
  @Roles('coordinator', 'tutor')
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({ summary: 'Gli iscritti al bollettino, con lo stato e il consenso' })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListSubscribersQuery,
    @AcceptHeader() accept?: string,
  ) {
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return this.listSubscribers.execute(actor, query);
    const fetch = (page: number) =>
      this.listSubscribers.execute(actor, { ...query, page, pageSize: EXPORT_PAGE_SIZE });
    return this.exporter.send(actor, {
      name: 'iscritti-bollettino',
      format,
      columns: SUBSCRIBER_EXPORT_COLUMNS,
      rows: remainingPages(await fetch(1), fetch),
      personalData: true,
      filters: query,
    });
  }

  @Post()
  @HttpCode(202)
  @Roles('coordinator', 'tutor')
  @ApiProblems(404, 409, 422)
  @ApiOperation({
    summary:
      'Iscrive una persona in carico che ha dato il consenso al bollettino (riceve la conferma per e-mail e, nella sua copia, i suoi abbinamenti)',
  })
  async subscribe(@CurrentActor() actor: Actor, @Body() body: SubscribeCandidateDto) {
    await this.subscribeCandidate.execute(actor, body);
    return { detail: 'Alla persona è stata inviata un’e-mail per confermare l’iscrizione.' };
  }
}
