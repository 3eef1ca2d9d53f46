import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CANDIDATE_READERS } from '#libs/candidates';
import {
  ExplainMatchUseCase,
  ListCandidateMatchesUseCase,
  ListVacancyMatchesUseCase,
} from '#libs/matching';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { MatchListQuery, toStoredMatchQuery } from './match-list.query.js';

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
  ) {}

  @Get('candidates/:id/matches')
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({
    summary: 'Le offerte più adatte alla persona, con le ragioni (le nuove dall’ultima visita)',
  })
  forCandidate(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: MatchListQuery,
  ) {
    return this.candidateMatches.execute(actor, id, toStoredMatchQuery(query));
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
  @ApiOperation({
    summary: "Le persone più adatte all'offerta, con le ragioni (senza dettagli sensibili)",
  })
  forVacancy(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: MatchListQuery,
  ) {
    return this.vacancyMatches.execute(actor, id, toStoredMatchQuery(query));
  }
}
