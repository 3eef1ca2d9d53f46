import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import type { EditionStatus } from '../../domain/edition.js';
import { BulletinEditionEntity } from '../../persistence/bulletin-edition.entity.js';
import { BulletinEditionsRepository } from '../bulletin-editions.repository.js';
import {
  type DeliveryStatus,
  type EditionDetail,
  type EditionSummary,
  toEditionDetail,
  toEditionSummary,
} from '../edition.view.js';

export interface EditionFilter {
  areaId?: string;
  status?: EditionStatus;
  weekKey?: string;
  page: number;
  pageSize: number;
}

/** The editions of the organisation, newest week first, and one edition with its deliveries. */
@Injectable()
export class ReadEditionsUseCase {
  constructor(private readonly editions: BulletinEditionsRepository) {}

  async list(actor: Actor, filter: EditionFilter): Promise<Page<EditionSummary>> {
    const query = this.editions.dataSource.manager
      .createQueryBuilder(BulletinEditionEntity, 'e')
      .where('e.organisation_id = :org', { org: actor.organisationId });
    if (filter.areaId) query.andWhere('e.area_id = :areaId', { areaId: filter.areaId });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    if (filter.weekKey) query.andWhere('e.week_key = :weekKey', { weekKey: filter.weekKey });
    const [rows, total] = await query
      .orderBy('e.week_key', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return {
      items: rows.map(toEditionSummary),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }

  async get(actor: Actor, id: string): Promise<EditionDetail> {
    const row = await this.editions.get(actor.organisationId, id);
    const counts: { status: DeliveryStatus; count: number }[] =
      await this.editions.dataSource.query(
        `SELECT status, count(*)::int AS count FROM bulletin_deliveries
        WHERE edition_id = $1 AND organisation_id = $2 GROUP BY status`,
        [row.id, actor.organisationId],
      );
    return toEditionDetail(
      row,
      Object.fromEntries(counts.map(({ status, count }) => [status, count])),
    );
  }
}
