import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { Law68Repository } from '../law68.repository.js';
import { type DeclarationView, toDeclarationView } from './declaration.view.js';

/** A company's declared workforces, newest reference date first, each with its position. */
@Injectable()
export class ListDeclarationsUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly law68: Law68Repository,
  ) {}

  async execute(actor: Actor, companyId: string): Promise<DeclarationView[]> {
    await this.companies.get(actor.organisationId, companyId);
    const rows = await this.law68.declarations(actor.organisationId, companyId);
    return rows.map(toDeclarationView);
  }
}
