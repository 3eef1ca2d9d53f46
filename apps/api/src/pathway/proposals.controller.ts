import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CANDIDATE_CREATORS, CANDIDATE_READERS } from '#libs/candidates';
import {
  CreateProposalUseCase,
  DECLINE_REASONS,
  ListNetworkProposalsUseCase,
  ListProposalsUseCase,
  type NetworkProposalView,
  PROPOSAL_STATES,
  SOFT_OUTCOME_KINDS,
  SOFT_OUTCOME_LEVELS,
  TransitionProposalUseCase,
} from '#libs/pathway';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { VACANCY_MANAGERS } from '#libs/vacancies';
import { CreateProposalDto, TransitionProposalDto } from './proposal.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

/** Proposals (proposta → esito): tutors on the case and coordinators propose and record each step. */
@ApiTags('percorso dopo l’abbinamento')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(
    private readonly createProposal: CreateProposalUseCase,
    private readonly transition: TransitionProposalUseCase,
    private readonly listProposals: ListProposalsUseCase,
    private readonly listNetworkProposals: ListNetworkProposalsUseCase,
  ) {}

  @Get('pathway/vocabulary')
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({
    summary: 'Stati delle proposte, motivi di rifiuto ed esiti leggeri, con le etichette',
  })
  vocabulary() {
    return {
      proposalStates: PROPOSAL_STATES,
      declineReasons: DECLINE_REASONS,
      softOutcomeKinds: SOFT_OUTCOME_KINDS,
      softOutcomeLevels: SOFT_OUTCOME_LEVELS,
    };
  }

  @Post('proposals')
  @Roles(...CANDIDATE_CREATORS)
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: "Propone una persona per un'offerta (solo se l'abbinamento è possibile)",
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProposalDto) {
    return this.createProposal.execute(actor, body);
  }

  @Get('proposals/:id')
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({ summary: 'Una proposta con il registro di chi ha fatto cosa e quando' })
  async get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    const { items } = await this.listProposals.execute(actor, { proposalId: id });
    return items[0];
  }

  @Post('proposals/:id/transitions')
  @HttpCode(200)
  @Roles(...CANDIDATE_CREATORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Fa avanzare la proposta (un passaggio non ammesso risponde 409)' })
  move(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: TransitionProposalDto) {
    return this.transition.execute(actor, id, body);
  }

  @Get('candidates/:id/proposals')
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({ summary: 'Le proposte di una persona' })
  forCandidate(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.listProposals.execute(actor, { candidateId: id });
  }

  @Get('vacancies/:id/network-proposals')
  @Roles(...VACANCY_MANAGERS)
  @ApiOperation({
    summary:
      "Le proposte arrivate da altre organizzazioni delle reti per un'offerta pubblicata dall'organizzazione: nome della persona, nota e stato della proposta, mai dati di categorie particolari",
  })
  @ApiProblems(400, 401, 403, 404)
  fromNetwork(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
  ): Promise<{ items: NetworkProposalView[] }> {
    return this.listNetworkProposals.execute(actor, id);
  }

  @Get('vacancies/:id/proposals')
  @Roles(...CANDIDATE_READERS)
  @ApiOperation({ summary: "Le proposte per un'offerta" })
  forVacancy(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.listProposals.execute(actor, { vacancyId: id });
  }
}
