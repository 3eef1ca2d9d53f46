import { Injectable } from '@nestjs/common';
import { type Actor, RecordChanges } from '#libs/platform';
import { CompaniesError } from '../companies.error.js';
import { CompaniesRepository } from '../companies.repository.js';
import type { CompanyPatch } from '../company.input.js';
import { checkCompanyRules } from '../company.rules.js';
import { CompanySitesWriter } from '../company-sites.writer.js';
import type { CompanyView } from '../company.view.js';

/**
 * Changes a company (PATCH: fields left out stay as they are; `sites`, when given, is the whole new
 * list). Vacancies at a site that moved follow it.
 */
@Injectable()
export class UpdateCompanyUseCase {
  constructor(
    private readonly repository: CompaniesRepository,
    private readonly sites: CompanySitesWriter,
    private readonly changes: RecordChanges,
  ) {}

  async execute(actor: Actor, id: string, patch: CompanyPatch): Promise<CompanyView> {
    const organisationId = actor.organisationId;
    const company = await this.repository.transaction(async (manager) => {
      const company = await this.repository.getForUpdate(manager, organisationId, id);
      if (company.archivedAt) throw CompaniesError.archived();
      if (patch.version !== undefined && patch.version !== company.version) {
        throw CompaniesError.staleVersion();
      }
      const problems = checkCompanyRules(patch);
      if (problems.length > 0) throw CompaniesError.invalid(problems);
      const existing = patch.sites
        ? await this.repository.sitesOf(organisationId, [id], manager)
        : [];
      const plan = patch.sites && (await this.sites.prepare(manager, patch.sites, existing));
      if (
        patch.vatNumber !== undefined &&
        patch.vatNumber !== company.vatNumber &&
        (await this.repository.vatNumberTaken(manager, organisationId, patch.vatNumber))
      ) {
        throw CompaniesError.vatNumberTaken();
      }

      if (patch.name !== undefined) company.name = patch.name.trim();
      if (patch.vatNumber !== undefined) company.vatNumber = patch.vatNumber;
      if (patch.atecoCode !== undefined) company.atecoCode = patch.atecoCode;
      if (patch.headcount !== undefined) company.headcount = patch.headcount;
      if (patch.contacts !== undefined) company.contacts = patch.contacts;
      if (patch.kmZero !== undefined) company.kmZero = patch.kmZero;
      if (plan) company.legalProvinceCode = plan.legalProvinceCode;
      company.version += 1;
      const saved = await manager.save(company);
      if (plan) await this.sites.write(manager, saved, plan, existing);
      await this.changes.recorded(manager, { type: 'company', id, organisationId, kind: 'upsert' });
      return saved;
    });
    return this.repository.view(organisationId, company);
  }
}
