import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { PlacementEntity } from './entities/placement.entity.js';
import { COUNTED_TOWARD_LAW68_SQL } from './pathway.sql.js';

/** A placement that covers a Law 68 position of its company. */
export interface Law68CountedPlacement {
  id: string;
  l68Category: PlacementEntity['l68Category'];
  weeklyHours: number | null;
  fullTimeHours: number | null;
  startDate: string;
  endDate: string | null;
}

/** The read access to outcomes that other libs use (law68 counts a company's covered positions). */
@Injectable()
export class PlacementsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The placements that count toward the Law 68 quota of a company of the organisation, oldest first,
   * whichever organisation of its networks proposed the person.
   */
  async countedTowardLaw68(
    _organisationId: OrganisationId,
    companyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Law68CountedPlacement[]> {
    const rows: Array<
      Omit<Law68CountedPlacement, 'weeklyHours' | 'fullTimeHours'> & {
        weeklyHours: string | number | null;
        fullTimeHours: string | number | null;
      }
    > = await manager.query(COUNTED_TOWARD_LAW68_SQL, [companyId]);
    return rows.map((row) => ({
      ...row,
      weeklyHours: row.weeklyHours === null ? null : Number(row.weeklyHours),
      fullTimeHours: row.fullTimeHours === null ? null : Number(row.fullTimeHours),
    }));
  }
}
