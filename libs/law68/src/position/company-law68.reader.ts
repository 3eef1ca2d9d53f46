import { Injectable } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { Law68ConventionEntity } from '../entities/law68-convention.entity.js';
import { Law68DeclarationEntity } from '../entities/law68-declaration.entity.js';
import type { CompanyLaw68Data } from './company-position.evaluator.js';
import { COUNTED_PLACEMENTS_SQL } from './counted-placements.sql.js';
import type {
  CountedPlacement,
  DeclaredWorkforce,
  RegisteredConvention,
} from './position.types.js';

interface PlacementRow {
  id: string;
  l68_category: 'DISABILITY' | 'ART18' | null;
  weekly_hours: string | null;
  full_time_hours: string | null;
  start_date: string;
  end_date: string | null;
}

export function toDeclaredWorkforce(row: Law68DeclarationEntity): DeclaredWorkforce {
  return {
    id: row.id,
    referenceDate: row.referenceDate,
    version: row.version,
    input: row.input,
    policies: row.policies,
  };
}

export function toRegisteredConvention(row: Law68ConventionEntity): RegisteredConvention {
  return {
    id: row.id,
    type: row.type,
    provinceCode: row.provinceCode,
    cooperativeName: row.cooperativeName,
    positions: row.positions,
    frameworkMaxPositions: row.frameworkMaxPositions,
    startDate: row.startDate,
    endDate: row.endDate,
  };
}

/** A company's Law 68 data, with the declaration rows it came from. */
export type CompanyLaw68Rows = CompanyLaw68Data & { declarationRows: Law68DeclarationEntity[] };

/**
 * Loads what a company's position is computed from: its declarations, its conventions and the
 * placements recorded by the pathway module that count toward the quota (placements table).
 */
@Injectable()
export class CompanyLaw68Reader {
  async load(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<CompanyLaw68Rows> {
    const declarationRows = await manager.find(Law68DeclarationEntity, {
      where: { organisationId, companyId },
      order: { referenceDate: 'ASC' },
    });
    const conventions = await manager.find(Law68ConventionEntity, {
      where: { organisationId, companyId },
      order: { startDate: 'ASC', createdAt: 'ASC' },
    });
    return {
      declarationRows,
      declarations: declarationRows.map(toDeclaredWorkforce),
      conventions: conventions.map(toRegisteredConvention),
      placements: await this.countedPlacements(manager, organisationId, companyId),
    };
  }

  async countedPlacements(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<CountedPlacement[]> {
    const rows: PlacementRow[] = await manager.query(COUNTED_PLACEMENTS_SQL, [
      organisationId,
      companyId,
    ]);
    return rows.map((row) => ({
      id: row.id,
      l68Category: row.l68_category,
      weeklyHours: row.weekly_hours === null ? null : Number(row.weekly_hours),
      fullTimeHours: row.full_time_hours === null ? null : Number(row.full_time_hours),
      startDate: row.start_date,
      endDate: row.end_date,
    }));
  }
}
