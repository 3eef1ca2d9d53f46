import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, fetchPage, type Page, parseSort } from '#libs/platform';
import { DataSource } from 'typeorm';
import { BulletinError } from '../../domain/bulletin.error.js';
import { BulletinContentEntity } from '../../persistence/bulletin-content.entity.js';
import type { ContentView } from '../content-input.js';
import type { ContentKind } from '../content-kinds.js';
import { toContentView } from '../content.view.js';
import { dayInRome } from '#libs/kernel';

export const CONTENT_SORT_FIELDS = ['startsOn', 'title', 'createdAt', 'enrolBy'] as const;
const SORT_COLUMNS = {
  startsOn: 'b.starts_on',
  title: 'b.title',
  createdAt: 'b.created_at',
  enrolBy: 'b.enrol_by',
};

export interface ContentFilter {
  kind?: ContentKind;
  areaId?: string;
  q?: string;
  /** Only entries a bulletin would still carry today (true) or only past ones (false). */
  active?: boolean;
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class ReadContentsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, filter: ContentFilter): Promise<Page<ContentView>> {
    const today = dayInRome(new Date());
    const query = this.dataSource.manager
      .createQueryBuilder(BulletinContentEntity, 'b')
      .where('b.organisation_id = :org', { org: actor.organisationId })
      .andWhere(filter.archived ? 'b.archived_at IS NOT NULL' : 'b.archived_at IS NULL');
    if (filter.kind) query.andWhere('b.kind = :kind', { kind: filter.kind });
    if (filter.areaId) {
      query.andWhere('(cardinality(b.area_ids) = 0 OR :areaId = ANY (b.area_ids))', {
        areaId: filter.areaId,
      });
    }
    if (filter.q) {
      query.andWhere(
        '(public.unaccent(b.title) ILIKE public.unaccent(:q) OR public.unaccent(b.provider) ILIKE public.unaccent(:q))',
        { q: `%${filter.q.trim().replace(/[%_\\]/g, '\\$&')}%` },
      );
    }
    if (filter.active !== undefined) {
      const open = `coalesce(b.enrol_by, b.ends_on, 'infinity'::date) >= :today`;
      query.andWhere(filter.active ? open : `NOT (${open})`, { today });
    }
    const { column, direction } = parseSort(filter.sort, SORT_COLUMNS, 'startsOn');
    query.orderBy(column, direction, 'NULLS LAST').addOrderBy('b.id', 'ASC');
    return fetchPage(query, filter, (rows) => rows.map((row) => toContentView(row, today)));
  }

  async get(actor: Actor, id: string): Promise<ContentView> {
    const row = await this.dataSource.manager.findOneBy(BulletinContentEntity, {
      id,
      organisationId: actor.organisationId,
    });
    if (!row) throw BulletinError.notFound('Contenuto');
    return toContentView(row, dayInRome(new Date()));
  }
}
