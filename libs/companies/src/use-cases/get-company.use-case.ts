import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { CompaniesRepository } from '../companies.repository.js';
import type { CompanyView } from '../company.view.js';

@Injectable()
export class GetCompanyUseCase {
  constructor(private readonly repository: CompaniesRepository) {}

  async execute(actor: Actor, id: string): Promise<CompanyView> {
    const company = await this.repository.get(actor.organisationId, id);
    return this.repository.view(actor.organisationId, company);
  }
}
