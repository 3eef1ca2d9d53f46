import { Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErasePersonUseCase, ExportPersonUseCase } from '#libs/privacy';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('candidates/:id')
export class PrivacyController {
  constructor(
    private readonly exportPerson: ExportPersonUseCase,
    private readonly erasePerson: ErasePersonUseCase,
  ) {}

  @Get('export')
  @Roles('coordinator', 'tutor')
  @Header('Content-Disposition', 'attachment; filename="dati-personali.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Tutti i dati trattati su una persona, in JSON (art. 15 e 20 GDPR); registrato',
  })
  export(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.exportPerson.execute(actor, id);
  }

  @Post('erase')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiProblems(409)
  @ApiOperation({
    summary:
      'Cancella (anonimizza) una persona su richiesta (art. 17 GDPR); i conteggi aggregati restano',
  })
  erase(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.erasePerson.execute(actor, id);
  }
}
