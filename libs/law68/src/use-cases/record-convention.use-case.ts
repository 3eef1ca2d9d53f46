import { Injectable } from '@nestjs/common';
import { CompaniesError, CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { Law68ConventionEntity } from '../entities/law68-convention.entity.js';
import { Law68DeclarationEntity } from '../entities/law68-declaration.entity.js';
import { Law68Error } from '../law68.error.js';
import { Law68PositionService } from '../position/law68-position.service.js';
import { todayInRome } from '#libs/kernel';
import {
  type ConventionInput,
  conventionProblems,
  type ConventionView,
  toConventionView,
} from './convention.input.js';

/**
 * Registers a convention; the company's declared and current positions are recomputed (an art.
 * 12-bis or 14 convention covers positions from its start, an art. 11 programme defers the
 * sanction) and the change enters the history.
 */
@Injectable()
export class RecordConventionUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly positions: Law68PositionService,
  ) {}

  async execute(actor: Actor, companyId: string, input: ConventionInput): Promise<ConventionView> {
    const problems = conventionProblems(input);
    if (problems.length > 0) throw Law68Error.invalid(problems);
    const organisationId = actor.organisationId;
    const today = todayInRome();
    return this.companies.transaction(async (manager) => {
      const company = await this.companies.getForUpdate(manager, organisationId, companyId);
      if (company.archivedAt) throw CompaniesError.archived();
      const latest = await manager.findOne(Law68DeclarationEntity, {
        where: { organisationId, companyId },
        order: { referenceDate: 'DESC' },
      });
      const provinceCode =
        input.provinceCode ??
        company.legalProvinceCode ??
        latest?.input.registeredOfficeProvince ??
        null;
      if (!provinceCode) {
        throw Law68Error.invalid([
          {
            field: 'provinceCode',
            message: 'indica la provincia: l’azienda non ha una sede legale',
          },
        ]);
      }
      const saved = await manager.save(
        manager.create(Law68ConventionEntity, {
          organisationId,
          companyId,
          type: input.type,
          provinceCode: provinceCode.toUpperCase(),
          cooperativeName: input.cooperativeName?.trim() || null,
          cooperativeVatNumber: input.cooperativeVatNumber ?? null,
          positions: input.positions,
          frameworkMaxPositions: input.frameworkMaxPositions ?? null,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          reference: input.reference ?? null,
          notes: input.notes ?? null,
          createdBy: actor.userId,
          version: 1,
        }),
      );
      await Law68Error.guard(() =>
        this.positions.refresh(manager, organisationId, companyId, {
          today,
          reason: 'CONVENTION',
          actorId: actor.userId,
        }),
      );
      return toConventionView(saved, today);
    });
  }
}
