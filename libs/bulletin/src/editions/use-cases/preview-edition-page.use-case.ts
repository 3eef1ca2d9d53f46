import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinSite } from '../../bulletin-site.js';
import { decodeShownEdition } from '../../persistence/edition-content.codec.js';
import { renderEditionPage } from '../../rendering/edition-page.renderer.js';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';

/** The printable web page of an edition as staff see it, drafts of their organisation included. */
@Injectable()
export class PreviewEditionPageUseCase {
  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly site: BulletinSite,
  ) {}

  async execute(actor: Actor, id: string): Promise<string> {
    const row = await this.editions.get(actor.organisationId, id);
    return renderEditionPage(decodeShownEdition(row), this.site.pages);
  }
}
