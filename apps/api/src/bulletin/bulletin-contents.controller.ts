import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BULLETIN_EDITORS,
  BULLETIN_READERS,
  ArchiveContentUseCase,
  CreateContentUseCase,
  GetContentUseCase,
  ListContentsUseCase,
  UpdateContentUseCase,
} from '#libs/bulletin';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import {
  CreateBulletinContentDto,
  ListBulletinContentsQuery,
  UpdateBulletinContentDto,
} from './bulletin-content.dto.js';

@ApiTags('bollettino')
@ApiBearerAuth()
@Controller('bulletin/contents')
export class BulletinContentsController {
  constructor(
    private readonly createContent: CreateContentUseCase,
    private readonly updateContent: UpdateContentUseCase,
    private readonly archiveContent: ArchiveContentUseCase,
    private readonly listContents: ListContentsUseCase,
    private readonly getContent: GetContentUseCase,
  ) {}

  @Post()
  @Roles(...BULLETIN_EDITORS)
  @ApiOperation({
    summary: 'Aggiunge un corso, una politica attiva, un corso di italiano o un servizio utile',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateBulletinContentDto) {
    return this.createContent.execute(actor, body);
  }

  @Get()
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'I contenuti del bollettino, con filtri e paginazione' })
  list(@CurrentActor() actor: Actor, @Query() query: ListBulletinContentsQuery) {
    return this.listContents.execute(actor, query);
  }

  @Get(':id')
  @Roles(...BULLETIN_READERS)
  @ApiOperation({ summary: 'Un contenuto del bollettino' })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.getContent.execute(actor, id);
  }

  @Patch(':id')
  @Roles(...BULLETIN_EDITORS)
  @ApiOperation({ summary: 'Modifica un contenuto del bollettino' })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: UpdateBulletinContentDto,
  ) {
    return this.updateContent.execute(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...BULLETIN_EDITORS)
  @ApiOperation({ summary: 'Archivia un contenuto: esce dalle prossime edizioni' })
  archive(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.archiveContent.execute(actor, id);
  }
}
