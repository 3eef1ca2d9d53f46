import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMPANY_MANAGERS, COMPANY_READERS } from '#libs/companies';
import {
  GetCompanyLaw68UseCase,
  ListConventionsUseCase,
  ListDeclarationsUseCase,
  RecordConventionUseCase,
  RecordDeclarationUseCase,
  UpdateConventionUseCase,
} from '#libs/law68';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { Law68InputDto } from './law68-input.dto.js';
import { CompanyLaw68Query, ConventionDto, UpdateConventionDto } from './law68-requests.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('legge 68')
@ApiBearerAuth()
@Controller('companies/:id/law68')
export class CompanyLaw68Controller {
  constructor(
    private readonly getPosition: GetCompanyLaw68UseCase,
    private readonly recordDeclaration: RecordDeclarationUseCase,
    private readonly listDeclarations: ListDeclarationsUseCase,
    private readonly recordConvention: RecordConventionUseCase,
    private readonly updateConvention: UpdateConventionUseCase,
    private readonly listConventions: ListConventionsUseCase,
  ) {}

  @Get()
  @Roles(...COMPANY_READERS)
  @ApiOperation({
    summary:
      'La posizione L. 68 dell’azienda oggi (o a una data): passaggi del calcolo, sanzione maturata, prossimo prospetto, convenzioni e storico',
  })
  position(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: CompanyLaw68Query,
  ) {
    return this.getPosition.execute(actor, id, query.date);
  }

  @Post('declarations')
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({
    summary:
      'Registra l’organico a una data di riferimento (31 dicembre per il prospetto); la stessa data sostituisce la precedente, che resta nello storico',
  })
  declare(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: Law68InputDto) {
    return this.recordDeclaration.execute(actor, id, body);
  }

  @Get('declarations')
  @Roles(...COMPANY_READERS)
  @ApiOperation({
    summary: 'Gli organici dichiarati, dal più recente, con la posizione a quella data',
  })
  declarations(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.listDeclarations.execute(actor, id);
  }

  @Post('conventions')
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({
    summary:
      'Registra una convenzione (art. 11 e 12-bis L. 68/1999, art. 14 D.Lgs. 276/2003); la posizione si aggiorna',
  })
  addConvention(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: ConventionDto,
  ) {
    return this.recordConvention.execute(actor, id, body);
  }

  @Get('conventions')
  @Roles(...COMPANY_READERS)
  @ApiOperation({ summary: 'Le convenzioni dell’azienda' })
  conventions(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.listConventions.execute(actor, id);
  }

  @Patch('conventions/:conventionId')
  @Roles(...COMPANY_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Modifica una convenzione (per esempio la data di fine)' })
  changeConvention(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('conventionId') conventionId: string,
    @Body() body: UpdateConventionDto,
  ) {
    return this.updateConvention.execute(actor, id, conventionId, body);
  }
}
