import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { Law68DeclarationEntity } from '../entities/law68-declaration.entity.js';
import { type DeclarationView, toDeclarationView } from './declaration.view.js';

/** A company's declared workforces, newest reference date first, each with its position. */
@Injectable()
export class ListDeclarationsUseCase {
  constructor(private readonly companies: CompaniesRepository) {}

  async execute(actor: Actor, companyId: string): Promise<DeclarationView[]> {
    await this.companies.get(actor.organisationId, companyId);
    const rows = await this.companies.dataSource.manager.find(Law68DeclarationEntity, {
      where: { organisationId: actor.organisationId, companyId },
      order: { referenceDate: 'DESC' },
    });
    return rows.map(toDeclarationView);
  }
}
