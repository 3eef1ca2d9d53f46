import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { CompaniesRepository } from '../companies.repository.js';
import type { CompanyFilter } from '../company-filter.types.js';
import type { CompanyView } from '../company.view.js';

/** Lists the organisation's companies with their sites. */
@Injectable()
export class ListCompaniesUseCase {
  constructor(private readonly repository: CompaniesRepository) {}

  execute(actor: Actor, filter: CompanyFilter): Promise<Page<CompanyView>> {
    return this.repository.list(actor.organisationId, filter);
  }
}
