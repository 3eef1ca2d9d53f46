import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';
import { type EditionDetail, toEditionDetail } from '../edition.view.js';

/** One edition of the organisation, with the count of its deliveries by status. */
@Injectable()
export class GetEditionUseCase {
  constructor(private readonly editions: BulletinEditionsRepository) {}

  async execute(actor: Actor, id: string): Promise<EditionDetail> {
    const row = await this.editions.get(actor.organisationId, id);
    const counts = await this.editions.deliveryCounts(actor.organisationId, row.id);
    return toEditionDetail(
      row,
      Object.fromEntries(counts.map(({ status, count }) => [status, count])),
    );
  }
}
