import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fetchPage, type OrganisationId, type Page, parseSort } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { BulletinError } from '../domain/bulletin.error.js';
import { BulletinContentEntity } from '../persistence/bulletin-content.entity.js';
import type { ContentFilter } from './content-filter.types.js';

const SORT_COLUMNS = {
  startsOn: 'b.starts_on',
  title: 'b.title',
  createdAt: 'b.created_at',
  enrolBy: 'b.enrol_by',
};

/** Bulletin contents (courses, policies, services) of one organisation. */
@Injectable()
export class BulletinContentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** One page of the organisation's contents; `active` compares with `today`. */
  list<V>(
    organisationId: OrganisationId,
    filter: ContentFilter,
    today: string,
    toViews: (rows: BulletinContentEntity[]) => V[] | Promise<V[]>,
  ): Promise<Page<V>> {
    const query = this.dataSource.manager
      .createQueryBuilder(BulletinContentEntity, 'b')
      .where('b.organisation_id = :org', { org: organisationId })
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
    return fetchPage(query, filter, toViews);
  }

  async get(organisationId: OrganisationId, id: string): Promise<BulletinContentEntity> {
    const row = await this.dataSource.manager.findOneBy(BulletinContentEntity, {
      id,
      organisationId,
    });
    if (!row) throw BulletinError.notFound('Contenuto');
    return row;
  }

  async getForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<BulletinContentEntity> {
    const content = await manager.findOne(BulletinContentEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!content) throw BulletinError.notFound('Contenuto');
    return content;
  }

  /** Whether every one of the area ids is an area of the organisation. */
  async areasExist(
    manager: EntityManager,
    organisationId: string,
    areaIds: readonly string[],
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM bulletin_areas WHERE id = ANY ($1::uuid[]) AND organisation_id = $2`,
      [areaIds, organisationId],
    );
    return rows.length === areaIds.length;
  }
}
