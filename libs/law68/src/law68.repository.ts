import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import { Law68ConventionEntity } from './entities/law68-convention.entity.js';
import { Law68DeclarationEntity } from './entities/law68-declaration.entity.js';
import { STALE_POSITIONS_SQL } from './position/stale-positions.sql.js';

/** The Law 68 records of companies (declarations, conventions, stored positions), read outside a transaction. */
@Injectable()
export class Law68Repository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest reference date first. */
  declarations(
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<Law68DeclarationEntity[]> {
    return this.dataSource.manager.find(Law68DeclarationEntity, {
      where: { organisationId, companyId },
      order: { referenceDate: 'DESC' },
    });
  }

  /** Newest start first. */
  conventions(organisationId: OrganisationId, companyId: string): Promise<Law68ConventionEntity[]> {
    return this.dataSource.manager.find(Law68ConventionEntity, {
      where: { organisationId, companyId },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The companies whose stored position may no longer be right on `today` (see the SQL). */
  async staleCompanies(
    organisationId: OrganisationId,
    today: string,
    parameterDates: readonly string[],
  ): Promise<string[]> {
    const rows: Array<{ company_id: string }> = await this.dataSource.query(STALE_POSITIONS_SQL, [
      organisationId,
      today,
      parameterDates,
    ]);
    return rows.map((row) => row.company_id);
  }
}
