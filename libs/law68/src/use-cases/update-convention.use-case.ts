import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { Law68ConventionEntity } from '../entities/law68-convention.entity.js';
import { Law68Error } from '../law68.error.js';
import { Law68PositionService } from '../position/law68-position.service.js';
import { todayInRome } from '#libs/kernel';
import {
  type ConventionPatch,
  conventionProblems,
  type ConventionView,
  toConventionView,
} from './convention.input.js';

/** Changes a convention (typically its end date, or the positions hosted); positions follow. */
@Injectable()
export class UpdateConventionUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly positions: Law68PositionService,
  ) {}

  async execute(
    actor: Actor,
    companyId: string,
    conventionId: string,
    patch: ConventionPatch,
  ): Promise<ConventionView> {
    const organisationId = actor.organisationId;
    const today = todayInRome();
    return this.companies.transaction(async (manager) => {
      await this.companies.getForUpdate(manager, organisationId, companyId);
      const row = await manager.findOneBy(Law68ConventionEntity, {
        id: conventionId,
        organisationId,
        companyId,
      });
      if (!row) throw Law68Error.conventionNotFound();
      if (patch.version !== undefined && patch.version !== row.version) {
        throw Law68Error.staleVersion();
      }
      const { version: _version, ...changes } = patch;
      const merged = { ...row, ...changes };
      const problems = conventionProblems({
        ...merged,
        cooperativeName: merged.cooperativeName ?? null,
      });
      if (problems.length > 0) throw Law68Error.invalid(problems);
      Object.assign(row, changes, {
        provinceCode: merged.provinceCode.toUpperCase(),
        cooperativeName: merged.cooperativeName?.trim() || null,
        version: row.version + 1,
        updatedAt: new Date(),
      });
      const saved = await manager.save(row);
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
