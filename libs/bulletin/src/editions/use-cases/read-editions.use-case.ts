import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';
import type { EditionFilter } from '../edition-filter.types.js';
import {
  type EditionDetail,
  type EditionSummary,
  toEditionDetail,
  toEditionSummary,
} from '../edition.view.js';

/** The editions of the organisation, newest week first, and one edition with its deliveries. */
@Injectable()
export class ReadEditionsUseCase {
  constructor(private readonly editions: BulletinEditionsRepository) {}

  async list(actor: Actor, filter: EditionFilter): Promise<Page<EditionSummary>> {
    const [rows, total] = await this.editions.list(actor.organisationId, filter);
    return {
      items: rows.map(toEditionSummary),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }

  async get(actor: Actor, id: string): Promise<EditionDetail> {
    const row = await this.editions.get(actor.organisationId, id);
    const counts = await this.editions.deliveryCounts(actor.organisationId, row.id);
    return toEditionDetail(
      row,
      Object.fromEntries(counts.map(({ status, count }) => [status, count])),
    );
  }
}
