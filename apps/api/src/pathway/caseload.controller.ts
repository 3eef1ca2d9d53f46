import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CANDIDATE_READERS } from '#libs/candidates';
import { ListCaseloadUseCase } from '#libs/pathway';
import { type Actor, CurrentActor, Roles } from '#libs/platform';
import { ListCandidatesQuery } from '../candidates/list-candidates.query.js';

/** "Le mie persone": the candidate list with what a tutor needs to plan the day. */
@ApiTags('persone in carico')
@ApiBearerAuth()
@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: ListCaseloadUseCase) {}

  @Get()
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({
    summary:
      'Le persone in carico con ultima novità, prossima azione e nuovi abbinamenti (senza dati sensibili)',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListCandidatesQuery) {
    return this.caseload.execute(actor, query);
  }
}
