import { Injectable } from '@nestjs/common';
import { type Actor, RecordChanges } from '#libs/platform';
import { CompaniesError } from '../companies.error.js';
import { CompaniesRepository } from '../companies.repository.js';
import { CompanyVacancies } from '../company-vacancies.port.js';
import type { CompanyView } from '../company.view.js';

/**
 * Archives a company: it leaves lists, search and matching, and its record stays for the history of
 * placements. Refused while it has vacancies in draft or open (an expired one no longer counts), which would otherwise stay published
 * for a company nobody follows any more. Archiving twice changes nothing.
 */
@Injectable()
export class ArchiveCompanyUseCase {
  constructor(
    private readonly repository: CompaniesRepository,
    private readonly changes: RecordChanges,
    private readonly vacancies: CompanyVacancies,
  ) {}

  async execute(actor: Actor, id: string): Promise<CompanyView> {
    const organisationId = actor.organisationId;
    const company = await this.repository.transaction(async (manager) => {
      const company = await this.repository.getForUpdate(manager, organisationId, id);
      if (company.archivedAt) return company;
      const open = await this.vacancies.countInPlay(manager, organisationId, id);
      if (open > 0) throw CompaniesError.hasOpenVacancies(open);
      company.archivedAt = new Date();
      company.version += 1;
      const saved = await manager.save(company);
      await this.changes.recorded(manager, { type: 'company', id, organisationId, kind: 'delete' });
      return saved;
    });
    return this.repository.view(organisationId, company);
  }
}
