import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { Edition } from '../domain/edition.js';
import type { SectionCode } from '../domain/edition-sections.js';
import type { WeekKey } from '../domain/edition-week.js';
import { BulletinEditionEntity } from '../persistence/bulletin-edition.entity.js';
import { encodeEditionContent } from '../persistence/edition-content.codec.js';
import { BulletinError } from '../domain/bulletin.error.js';
import type { EditionFilter } from './edition-filter.types.js';
import type { DeliveryStatus } from './edition.view.js';

@Injectable()
export class BulletinEditionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** One page of the organisation's editions, newest week first, and how many there are. */
  list(
    organisationId: OrganisationId,
    filter: EditionFilter,
  ): Promise<[BulletinEditionEntity[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(BulletinEditionEntity, 'e')
      .where('e.organisation_id = :org', { org: organisationId });
    if (filter.areaId) query.andWhere('e.area_id = :areaId', { areaId: filter.areaId });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    if (filter.weekKey) query.andWhere('e.week_key = :weekKey', { weekKey: filter.weekKey });
    return query
      .orderBy('e.week_key', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /** How many deliveries of the edition are in each status. */
  deliveryCounts(
    organisationId: OrganisationId,
    editionId: string,
  ): Promise<Array<{ status: DeliveryStatus; count: number }>> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM bulletin_deliveries
        WHERE edition_id = $1 AND organisation_id = $2 GROUP BY status`,
      [editionId, organisationId],
    );
  }

  /**
   * Stores a freshly composed edition unless the area already has one for the week, and returns
   * the one that is stored: two workers composing the same week end with the same edition.
   */
  async insertOnce(
    organisationId: OrganisationId,
    areaId: string,
    edition: Edition,
    shownSections: readonly SectionCode[],
  ): Promise<{ row: BulletinEditionEntity; created: boolean }> {
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO bulletin_editions
         (organisation_id, area_id, week_key, status, content, composed_at, new_offers_since)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6)
       ON CONFLICT (area_id, week_key) DO NOTHING
       RETURNING id`,
      [
        organisationId,
        areaId,
        edition.weekKey,
        encodeEditionContent(edition, shownSections),
        edition.composedAt,
        edition.newOffersSince,
      ],
    );
    const row = await this.dataSource.manager.findOneByOrFail(BulletinEditionEntity, {
      areaId,
      weekKey: edition.weekKey,
    });
    return { row, created: inserted.length > 0 };
  }

  findForWeek(areaId: string, weekKey: WeekKey): Promise<BulletinEditionEntity | null> {
    return this.dataSource.manager.findOneBy(BulletinEditionEntity, { areaId, weekKey });
  }

  /** The area's latest edition before the week: its composition is the cut-off for new offers. */
  async latestBefore(areaId: string, weekKey: WeekKey): Promise<BulletinEditionEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(BulletinEditionEntity, 'e')
      .where('e.area_id = :areaId AND e.week_key < :weekKey', { areaId, weekKey })
      .orderBy('e.week_key', 'DESC')
      .getOne();
  }

  async get(
    organisationId: OrganisationId,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BulletinEditionEntity> {
    const row = await manager.findOneBy(BulletinEditionEntity, { id, organisationId });
    if (!row) throw BulletinError.notFound('Edizione');
    return row;
  }

  async getForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<BulletinEditionEntity> {
    const row = await manager.findOne(BulletinEditionEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw BulletinError.notFound('Edizione');
    return row;
  }

  /** For jobs, which carry an edition id and no organisation: the row locked, or null. */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<BulletinEditionEntity | null> {
    return manager.findOne(BulletinEditionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }
}
