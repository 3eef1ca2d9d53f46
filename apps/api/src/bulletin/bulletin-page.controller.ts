import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RenderPublicEditionPageUseCase } from '#libs/bulletin';
import { Public } from '#libs/platform';

/**
 * The public page of an edition, /bollettino/{area}/{week} (outside the /api prefix): approved and
 * sent editions only, printable on one or two A4 sheets for notice boards.
 */
@ApiTags('bollettino (pubblico)')
@Public()
@Controller('bollettino')
export class BulletinPageController {
  constructor(private readonly publicPage: RenderPublicEditionPageUseCase) {}

  @Get(':area/:week')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'La pagina pubblica di un’edizione, stampabile per la bacheca' })
  page(@Param('area') area: string, @Param('week') week: string) {
    return this.publicPage.execute(area, week);
  }
}
