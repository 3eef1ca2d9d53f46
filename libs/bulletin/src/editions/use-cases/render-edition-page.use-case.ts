import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinAreasRepository } from '../../areas/bulletin-areas.repository.js';
import { BulletinSite } from '../../bulletin-site.js';
import { BulletinError } from '../../domain/bulletin.error.js';
import { isAreaSlug, isPublic } from '../../domain/edition.js';
import { parseWeekKey } from '../../domain/edition-week.js';
import type { BulletinEditionEntity } from '../../persistence/bulletin-edition.entity.js';
import { decodeEdition, withSections } from '../../persistence/edition-content.codec.js';
import { recipientLinks } from '../../rendering/bulletin-links.js';
import { renderEditionEmail } from '../../rendering/edition-email.renderer.js';
import { renderEditionPage } from '../../rendering/edition-page.renderer.js';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';

/**
 * The printable web page of an edition. The public sees approved and sent editions only, at
 * /bollettino/{area}/{week}; staff may preview a draft of their own organisation.
 */
@Injectable()
export class RenderEditionPageUseCase {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly editions: BulletinEditionsRepository,
    private readonly site: BulletinSite,
  ) {}

  async publicPage(areaSlug: string, week: string): Promise<string> {
    const weekKey = parseWeekKey(week);
    const area = isAreaSlug(areaSlug) ? await this.areas.findBySlug(areaSlug) : null;
    const row = area ? await this.editions.findForWeek(area.id, weekKey) : null;
    if (!row || !isPublic(decodeEdition(row))) throw BulletinError.notFound('Edizione');
    return this.render(row);
  }

  async preview(actor: Actor, id: string): Promise<string> {
    return this.render(await this.editions.get(actor.organisationId, id));
  }

  /**
   * The e-mail as a subscriber of every shown section receives it, with links that lead nowhere
   * (no subscriber's token is issued for a preview) and no personal matches.
   */
  async emailPreview(actor: Actor, id: string): Promise<{ subject: string; html: string }> {
    const row = await this.editions.get(actor.organisationId, id);
    const { subject, html } = await renderEditionEmail(
      withSections(decodeEdition(row), row.content.shownSections),
      this.site.pages,
      { links: recipientLinks({ site: this.site.subscriptions, token: 'anteprima' }) },
    );
    return { subject, html };
  }

  private render(row: BulletinEditionEntity): string {
    return renderEditionPage(
      withSections(decodeEdition(row), row.content.shownSections),
      this.site.pages,
    );
  }
}
