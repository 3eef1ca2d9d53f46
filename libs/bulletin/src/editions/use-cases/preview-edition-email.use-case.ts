import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinSite } from '../../bulletin-site.js';
import { decodeShownEdition } from '../../persistence/edition-content.codec.js';
import { recipientLinks } from '../../rendering/bulletin-links.js';
import { renderEditionEmail } from '../../rendering/edition-email.renderer.js';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';

/**
 * The e-mail as a subscriber of every shown section receives it, with links that lead nowhere
 * (no subscriber's token is issued for a preview) and no personal matches; drafts included.
 */
@Injectable()
export class PreviewEditionEmailUseCase {
  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly site: BulletinSite,
  ) {}

  async execute(actor: Actor, id: string): Promise<{ subject: string; html: string }> {
    const row = await this.editions.get(actor.organisationId, id);
    const { subject, html } = await renderEditionEmail(decodeShownEdition(row), this.site.pages, {
      links: recipientLinks({ site: this.site.subscriptions, token: 'anteprima' }),
    });
    return { subject, html };
  }
}
