import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CANDIDATE_READERS } from '#libs/candidates';
import {
  ExplainMatchUseCase,
  ListCandidateMatchesUseCase,
  ListVacancyMatchesUseCase,
} from '#libs/matching';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { MatchListQuery, toStoredMatchQuery } from './match-list.query.js';
import {
  CANDIDATE_MATCH_EXPORT_COLUMNS,
  VACANCY_MATCH_EXPORT_COLUMNS,
} from './matches-export.columns.js';
import {
  AcceptHeader,
  ListExporter,
  SPREADSHEET_MEDIA_TYPES,
  spreadsheetFormatOf,
} from '../common/list-export.js';

/**
 * Matches as the jobs stored them (fast lists), and the live "why / why not" of one pair. Details
 * that come from special-category data are generic for readers not on the person's case.
 */
@ApiTags('abbinamenti')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(
    private readonly candidateMatches: ListCandidateMatchesUseCase,
    private readonly vacancyMatches: ListVacancyMatchesUseCase,
    private readonly explain: ExplainMatchUseCase,
    private readonly exporter: ListExporter,
  ) {}

  @Get('candidates/:id/matches')
  @Roles(...CANDIDATE_READERS)
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({
    summary:
      'Le offerte più adatte alla persona, con le ragioni (le nuove dall’ultima visita; CSV o XLSX con format)',
  })
  async forCandidate(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: MatchListQuery,
    @AcceptHeader() accept?: string,
  ) {
    const list = await this.candidateMatches.execute(actor, id, toStoredMatchQuery(query));
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return list;
    return this.exporter.send(actor, {
      name: 'abbinamenti-persona',
      format,
      columns: VACANCY_MATCH_EXPORT_COLUMNS,
      rows: list.items,
      personalData: true,
      filters: toStoredMatchQuery(query),
      subject: { type: 'candidate', id },
    });
  }

  @Get('candidates/:id/matches/:vacancyId')
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({ summary: 'Perché sì o perché no: ogni vincolo e ogni fattore del punteggio' })
  pair(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('vacancyId') vacancyId: string,
  ) {
    return this.explain.execute(actor, id, vacancyId);
  }

  @Get('vacancies/:id/matches')
  @Roles(...CANDIDATE_READERS)
  @ApiProduces(...SPREADSHEET_MEDIA_TYPES)
  @ApiOperation({
    summary:
      "Le persone più adatte all'offerta, con le ragioni (senza dettagli sensibili; CSV o XLSX con format)",
  })
  async forVacancy(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: MatchListQuery,
    @AcceptHeader() accept?: string,
  ) {
    const list = await this.vacancyMatches.execute(actor, id, toStoredMatchQuery(query));
    const format = spreadsheetFormatOf(query.format, accept);
    if (!format) return list;
    return this.exporter.send(actor, {
      name: 'abbinamenti-offerta',
      format,
      columns: CANDIDATE_MATCH_EXPORT_COLUMNS,
      rows: list.items,
      personalData: true,
      filters: toStoredMatchQuery(query),
      subject: { type: 'vacancy', id },
    });
  }
}
