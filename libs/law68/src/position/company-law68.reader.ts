import { Injectable } from '@nestjs/common';
import { PlacementsReader } from '#libs/pathway';
import type { OrganisationId } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { Law68ConventionEntity } from '../entities/law68-convention.entity.js';
import { Law68DeclarationEntity } from '../entities/law68-declaration.entity.js';
import type { CompanyLaw68Data } from './company-position.evaluator.js';
import type {
  CountedPlacement,
  DeclaredWorkforce,
  RegisteredConvention,
} from './position.types.js';

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
  constructor(private readonly placements: PlacementsReader) {}

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

  /** The company's placements that count toward its quota, as the pathway records them. */
  countedPlacements(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
  ): Promise<CountedPlacement[]> {
    return this.placements.countedTowardLaw68(organisationId, companyId, manager);
  }
}
