import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import {
  PRIORITY_LIST_SETTINGS,
  PRIORITY_LIST_SQL,
  type PriorityRow,
  sectorParameters,
} from './priority-list.sql.js';
import type { ResolvedArea } from './territory-area.js';
import {
  PROVINCE_NAME_SQL,
  TERRITORY_COMPANIES_SQL,
  TERRITORY_TREND_SQL,
  type TerritoryRow,
} from './territory.sql.js';
import type { TrendPoint } from './territory.types.js';

type AreaCondition = Pick<ResolvedArea, 'companyCondition'>;

/** Runs the one query of the list; a function of its own so the benchmark can time it. */
export async function queryPriorityList(
  dataSource: DataSource,
  organisationId: OrganisationId,
  area: AreaCondition,
  page: number,
  pageSize: number,
): Promise<{ rows: PriorityRow[]; total: number }> {
  const condition = area.companyCondition('c', 8);
  const rows = await dataSource.transaction(async (manager): Promise<PriorityRow[]> => {
    for (const setting of PRIORITY_LIST_SETTINGS) await manager.query(setting);
    return manager.query(PRIORITY_LIST_SQL(condition.sql), [
      organisationId,
      ...sectorParameters(),
      pageSize,
      (page - 1) * pageSize,
      ...condition.values,
    ]);
  });
  return { rows, total: rows.length > 0 ? Number(rows[0].total) : 0 };
}

/**
 * The territory queries over companies, their sites, stored positions, candidates and scouting
 * (read only; the SQL is in territory.sql.ts and priority-list.sql.ts).
 */
@Injectable()
export class TerritoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The province's name, or null for an unknown code. */
  async provinceName(code: string): Promise<string | null> {
    const [row]: Array<{ province: string }> = await this.dataSource.query(PROVINCE_NAME_SQL, [
      code,
    ]);
    return row?.province ?? null;
  }

  /** Every company of the area with its stored position and the prospetto of `referenceDate`. */
  companies(
    organisationId: OrganisationId,
    referenceDate: string,
    area: AreaCondition,
  ): Promise<TerritoryRow[]> {
    const condition = area.companyCondition('c', 3);
    return this.dataSource.query(TERRITORY_COMPANIES_SQL(condition.sql), [
      organisationId,
      referenceDate,
      ...condition.values,
    ]);
  }

  /** The coverage of the area's companies by prospetto year. */
  trend(organisationId: OrganisationId, area: AreaCondition): Promise<TrendPoint[]> {
    const condition = area.companyCondition('c', 2);
    return this.dataSource.query(TERRITORY_TREND_SQL(condition.sql), [
      organisationId,
      ...condition.values,
    ]);
  }

  priorityList(
    organisationId: OrganisationId,
    area: AreaCondition,
    page: number,
    pageSize: number,
  ): Promise<{ rows: PriorityRow[]; total: number }> {
    return queryPriorityList(this.dataSource, organisationId, area, page, pageSize);
  }
}
