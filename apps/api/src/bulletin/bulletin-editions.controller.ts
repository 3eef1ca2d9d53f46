import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  BULLETIN_EDITORS,
  BULLETIN_READERS,
  EditEditionUseCase,
  ListEditionDeliveriesUseCase,
  GetEditionUseCase,
  ListEditionsUseCase,
  PreviewEditionEmailUseCase,
  PreviewEditionPageUseCase,
  ResolveUncertainDeliveryUseCase,
  SendEditionUseCase,
} from '#libs/bulletin';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import {
  EditionItemDto,
  ListDeliveriesQuery,
  ListEditionsQuery,
  ReorderItemDto,
  ResolveDeliveryDto,
} from './bulletin-edition.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('bollettino')
@ApiBearerAuth()
@Controller('bulletin/editions')
export class BulletinEditionsController {
  constructor(
    private readonly listEditions: ListEditionsUseCase,
    private readonly getEdition: GetEditionUseCase,
    private readonly editEdition: EditEditionUseCase,
    private readonly sendEdition: SendEditionUseCase,
    private readonly previewPage: PreviewEditionPageUseCase,
    private readonly previewEmail: PreviewEditionEmailUseCase,
    private readonly listDeliveries: ListEditionDeliveriesUseCase,
    private readonly resolveDelivery: ResolveUncertainDeliveryUseCase,
  ) {}

  @Get()
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'Le edizioni, dalla settimana più recente' })
  list(@CurrentActor() actor: Actor, @Query() query: ListEditionsQuery) {
    return this.listEditions.execute(actor, query);
  }

  @Get(':id')
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'Un’edizione con le sue sezioni e lo stato delle consegne' })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.getEdition.execute(actor, id);
  }

  @Get(':id/preview')
  @Roles(...BULLETIN_READERS)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Anteprima della pagina stampabile, anche per le bozze' })
  preview(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.previewPage.execute(actor, id);
  }

  @Get(':id/email-preview')
  @Roles(...BULLETIN_READERS)
  @ApiOperation({
    summary:
      'Anteprima dell’e-mail (oggetto e HTML), con collegamenti di prova; anche per le bozze',
  })
  emailPreview(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.previewEmail.execute(actor, id);
  }

  @Post(':id/reorder')
  @HttpCode(200)
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409, 422)
  @ApiOperation({ summary: 'Sposta un elemento nella sua sezione (solo bozze)' })
  reorder(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ReorderItemDto) {
    return this.editEdition.execute(actor, id, { kind: 'reorder', ...body });
  }

  @Post(':id/drop')
  @HttpCode(200)
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Toglie un elemento dalla bozza' })
  drop(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: EditionItemDto) {
    return this.editEdition.execute(actor, id, { kind: 'drop', ...body });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409, 422)
  @ApiOperation({ summary: 'Approva la bozza: il contenuto non cambia più' })
  approve(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.editEdition.execute(actor, id, { kind: 'approve' });
  }

  @Post(':id/send')
  @HttpCode(202)
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409)
  @ApiOperation({
    summary:
      'Invia l’edizione approvata agli iscritti (una sola volta a ciascuno; ripetere riprende l’invio)',
  })
  send(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.sendEdition.execute(actor, id);
  }

  @Get(':id/deliveries')
  @Roles(...BULLETIN_EDITORS)
  @ApiOperation({ summary: 'Le copie di un’edizione con l’indirizzo e l’esito (al massimo 500)' })
  deliveries(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ListDeliveriesQuery,
  ) {
    return this.listDeliveries.execute(actor, id, query.status);
  }

  @Post(':id/deliveries/:deliveryId/resolve')
  @HttpCode(200)
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Risolve una copia con esito incerto: arrivata, oppure da inviare di nuovo',
  })
  resolve(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('deliveryId') deliveryId: string,
    @Body() body: ResolveDeliveryDto,
  ) {
    return this.resolveDelivery.execute(actor, id, deliveryId, body.resolution);
  }
}
