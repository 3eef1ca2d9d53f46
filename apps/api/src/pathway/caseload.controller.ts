import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { CANDIDATE_READERS, PATHWAY_STATUSES, type PathwayStatus } from '#libs/candidates';
import { CEFR_LEVELS, type CefrLevel } from '#libs/kernel';
import { ListCaseloadUseCase, PROPOSAL_STATE_CODES, type ProposalState } from '#libs/pathway';
import { type Actor, CurrentActor, Roles } from '#libs/platform';
import { ListCandidatesQuery } from '../candidates/list-candidates.query.js';

class CaseloadHomeDto {
  @ApiProperty({ example: '015146' })
  municipalityCode: string;
}

class NextActionDto {
  @ApiProperty({ format: 'uuid' })
  proposalId: string;

  @ApiProperty()
  vacancyTitle: string;

  @ApiProperty({ enum: PROPOSAL_STATE_CODES })
  state: ProposalState;

  @ApiProperty({ example: 'Aggiornare la proposta (colloquio)' })
  label: string;

  @ApiProperty({
    format: 'date-time',
    description: 'La proposta scade senza notizie a questa data',
  })
  dueAt: string;
}

class CaseloadItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ format: 'date' })
  birthDate: string;

  @ApiProperty({ type: CaseloadHomeDto })
  home: CaseloadHomeDto;

  @ApiProperty({ enum: CEFR_LEVELS })
  italianLevel: CefrLevel;

  @ApiProperty({ enum: Object.keys(PATHWAY_STATUSES) })
  pathwayStatus: PathwayStatus;

  @ApiProperty({ type: [String] })
  assignedTutorIds: string[];

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  archivedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({
    format: 'date-time',
    description: "L'ultima novità: scheda modificata, proposta aggiornata, esito o inserimento",
  })
  lastActivityAt: string;

  @ApiProperty({ type: 'integer' })
  activeProposals: number;

  @ApiProperty({ type: NextActionDto, nullable: true })
  nextAction: NextActionDto | null;

  @ApiProperty({ type: 'integer', description: "Abbinamenti nuovi dall'ultima visita del lettore" })
  newMatches: number;
}

class CaseloadPageDto {
  @ApiProperty({ type: [CaseloadItemDto] })
  items: CaseloadItemDto[];

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  pageSize: number;

  @ApiProperty({ type: 'integer' })
  total: number;
}

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
  @ApiOkResponse({ type: CaseloadPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListCandidatesQuery) {
    return this.caseload.execute(actor, query);
  }
}
