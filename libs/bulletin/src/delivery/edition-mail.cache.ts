import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BulletinSite } from '../bulletin-site.js';
import { BulletinError } from '../domain/bulletin.error.js';
import type { SectionCode } from '../domain/edition-sections.js';
import { BulletinEditionEntity } from '../persistence/bulletin-edition.entity.js';
import { decodeEdition, withSections } from '../persistence/edition-content.codec.js';
import {
  type EmailRecipient,
  type RenderedEmail,
  createEditionEmailRenderer,
} from '../rendering/edition-email.renderer.js';

export interface EditionForMail {
  areaId: string;
  shownSections: readonly SectionCode[];
  render(sections: readonly SectionCode[], recipient: EmailRecipient): Promise<RenderedEmail>;
}

const MAX_EDITIONS = 200;

/**
 * Twenty thousand copies of one edition differ only in their links, the sections their readers
 * chose and, for consenting candidates, their matches. The edition is read and its view prepared
 * once per process (sent editions never change), then each copy is a template fill.
 */
@Injectable()
export class EditionMailCache {
  private readonly editions = new Map<string, Promise<EditionForMail>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly site: BulletinSite,
  ) {}

  get(editionId: string): Promise<EditionForMail> {
    let entry = this.editions.get(editionId);
    if (!entry) {
      entry = this.load(editionId);
      entry.catch(() => this.editions.delete(editionId));
      if (this.editions.size >= MAX_EDITIONS) {
        this.editions.delete(this.editions.keys().next().value as string);
      }
      this.editions.set(editionId, entry);
    }
    return entry;
  }

  private async load(editionId: string): Promise<EditionForMail> {
    const row = await this.dataSource.manager.findOneBy(BulletinEditionEntity, { id: editionId });
    if (!row || row.status !== 'SENT') throw BulletinError.notFound('Edizione');
    const edition = decodeEdition(row);
    const renderers = new Map<string, ReturnType<typeof createEditionEmailRenderer>>();
    return {
      areaId: row.areaId,
      shownSections: row.content.shownSections,
      render: async (sections, recipient) => {
        const key = sections.join(',');
        let renderer = renderers.get(key);
        if (!renderer) {
          renderer = createEditionEmailRenderer(withSections(edition, sections), this.site.pages);
          renderers.set(key, renderer);
        }
        return (await renderer)(recipient);
      },
    };
  }
}
