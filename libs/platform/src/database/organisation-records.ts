import type {
  DataSource,
  EntityManager,
  EntityTarget,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { fetchPage, type Page, parseSort } from '../http/pagination.js';
import type { OrganisationId } from '../tenancy/organisation-id.js';

/** A record that belongs to one organisation. */
export interface OrganisationRecord extends ObjectLiteral {
  id: string;
  organisationId: OrganisationId;
}

/**
 * The reads every repository of organisation records shares: queries always carry the
 * organisation, so a record of another one is simply not found (`notFound` is what is thrown).
 */
export abstract class OrganisationRecords<E extends OrganisationRecord> {
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly entity: EntityTarget<E>,
    private readonly notFound: () => Error,
  ) {}

  /** Runs `work` in one transaction, for use cases that write several rows together. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async get(
    organisationId: OrganisationId,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<E> {
    const record = await manager.findOneBy(this.entity, this.byId(organisationId, id));
    if (!record) throw this.notFound();
    return record;
  }

  async getForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<E> {
    const record = await manager.findOne(this.entity, {
      where: this.byId(organisationId, id),
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) throw this.notFound();
    return record;
  }

  protected byId(organisationId: OrganisationId, id: string): FindOptionsWhere<E> {
    return { id, organisationId } as FindOptionsWhere<E>;
  }

  /** The organisation's archived or current records, as a query aliased `alias`. */
  protected listQuery(
    alias: string,
    organisationId: OrganisationId,
    archived: boolean | undefined,
  ): SelectQueryBuilder<E> {
    return this.dataSource
      .getRepository(this.entity)
      .createQueryBuilder(alias)
      .where(`${alias}.organisation_id = :org`, { org: organisationId })
      .andWhere(`${alias}.archived_at IS ${archived ? 'NOT NULL' : 'NULL'}`);
  }

  /** One page of `query`, sorted as `filter.sort` asks (nulls last), then by id. */
  protected sortedPage<F extends string, V>(
    query: SelectQueryBuilder<E>,
    filter: { sort?: string; page: number; pageSize: number },
    columns: Record<F, string>,
    fallback: `${'' | '-'}${NoInfer<F>}`,
    toItems: (rows: E[]) => Promise<V[]>,
  ): Promise<Page<V>> {
    const { column, direction } = parseSort(filter.sort, columns, fallback);
    query
      .orderBy(column, direction, direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy(`${query.alias}.id`, 'ASC');
    return fetchPage(query, filter, toItems);
  }
}
