import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({
    summary: 'Gli esiti di una persona (i dati Legge 68 solo per chi segue il caso)',
  })
  placements(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.listPlacements.execute(actor, id);
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
