import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BULLETIN_EDITORS,
  BULLETIN_READERS,
  ComposeNowUseCase,
  ArchiveAreaUseCase,
  CreateAreaUseCase,
  GetAreaUseCase,
  ListAreasUseCase,
  UpdateAreaUseCase,
} from '#libs/bulletin';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import {
  CreateBulletinAreaDto,
  ListBulletinAreasQuery,
  UpdateBulletinAreaDto,
} from './bulletin-area.dto.js';
import { ComposeEditionDto } from './bulletin-edition.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('bollettino')
@ApiBearerAuth()
@Controller('bulletin/areas')
export class BulletinAreasController {
  constructor(
    private readonly createArea: CreateAreaUseCase,
    private readonly updateArea: UpdateAreaUseCase,
    private readonly archiveArea: ArchiveAreaUseCase,
    private readonly listAreas: ListAreasUseCase,
    private readonly getArea: GetAreaUseCase,
    private readonly composeNow: ComposeNowUseCase,
  ) {}

  @Post()
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Crea un’area del bollettino (comuni o centro e raggio)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateBulletinAreaDto) {
    return this.createArea.execute(actor, body);
  }

  @Get()
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'Le aree del bollettino dell’organizzazione' })
  list(@CurrentActor() actor: Actor, @Query() query: ListBulletinAreasQuery) {
    return this.listAreas.execute(actor, query.archived);
  }

  @Get(':id')
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'Un’area del bollettino' })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.getArea.execute(actor, id);
  }

  @Patch(':id')
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Modifica un’area (anche l’invio automatico)' })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateBulletinAreaDto,
  ) {
    return this.updateArea.execute(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...BULLETIN_EDITORS)
  @ApiOperation({ summary: 'Archivia un’area: non viene più composta' })
  archive(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.archiveArea.execute(actor, id);
  }

  @Post(':id/editions')
  @HttpCode(200)
  @Roles(...BULLETIN_EDITORS)
  @ApiProblems(409, 422)
  @ApiOperation({
    summary:
      'Compone ora l’edizione della settimana (o di quella indicata); se esiste già la restituisce',
  })
  compose(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ComposeEditionDto) {
    return this.composeNow.execute(actor, id, { week: body.weekKey, reissue: body.reissue });
  }
}
