import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';
import type { EditionFilter } from '../edition-filter.types.js';
import { type EditionSummary, toEditionSummary } from '../edition.view.js';

/** The editions of the organisation, newest week first. */
@Injectable()
export class ListEditionsUseCase {
  constructor(private readonly editions: BulletinEditionsRepository) {}

  async execute(actor: Actor, filter: EditionFilter): Promise<Page<EditionSummary>> {
    const [rows, total] = await this.editions.list(actor.organisationId, filter);
    return {
      items: rows.map(toEditionSummary),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }
}
