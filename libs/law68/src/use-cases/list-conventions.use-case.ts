import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { Law68ConventionEntity } from '../entities/law68-convention.entity.js';
import { todayInRome } from '#libs/kernel';
import { type ConventionView, toConventionView } from './convention-input.js';

@Injectable()
export class ListConventionsUseCase {
  constructor(private readonly companies: CompaniesRepository) {}

  async execute(actor: Actor, companyId: string): Promise<ConventionView[]> {
    await this.companies.get(actor.organisationId, companyId);
    const rows = await this.companies.dataSource.manager.find(Law68ConventionEntity, {
      where: { organisationId: actor.organisationId, companyId },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
    const today = todayInRome();
    return rows.map((row) => toConventionView(row, today));
  }
}
