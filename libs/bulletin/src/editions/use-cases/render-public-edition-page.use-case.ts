import { Injectable } from '@nestjs/common';
import { BulletinAreasRepository } from '../../areas/bulletin-areas.repository.js';
import { BulletinSite } from '../../bulletin-site.js';
import { BulletinError } from '../../domain/bulletin.error.js';
import { isAreaSlug, isPublic } from '../../domain/edition.js';
import { parseWeekKey } from '../../domain/edition-week.js';
import { decodeEdition, decodeShownEdition } from '../../persistence/edition-content.codec.js';
import { renderEditionPage } from '../../rendering/edition-page.renderer.js';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';

/**
 * The printable web page of an edition for the public, at /bollettino/{area}/{week}: approved and
 * sent editions only.
 */
@Injectable()
export class RenderPublicEditionPageUseCase {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly editions: BulletinEditionsRepository,
    private readonly site: BulletinSite,
  ) {}

  async execute(areaSlug: string, week: string): Promise<string> {
    const weekKey = parseWeekKey(week);
    const area = isAreaSlug(areaSlug) ? await this.areas.findBySlug(areaSlug) : null;
    const row = area ? await this.editions.findForWeek(area.id, weekKey) : null;
    if (!row || !isPublic(decodeEdition(row))) throw BulletinError.notFound('Edizione');
    return renderEditionPage(decodeShownEdition(row), this.site.pages);
  }
}
