import { Injectable } from '@nestjs/common';
import { type Actor, RecordChanges } from '#libs/platform';
import { CompaniesError } from '../companies.error.js';
import { CompaniesRepository } from '../companies.repository.js';
import type { CompanyInput } from '../company.input.js';
import { checkCompanyRules } from '../company.rules.js';
import { CompanySitesWriter } from '../company-sites.writer.js';
import type { CompanyView } from '../company.view.js';
import { CompanyEntity } from '../entities/company.entity.js';

/** Records a company with at least one site in the actor's organisation. */
@Injectable()
export class CreateCompanyUseCase {
  constructor(
    private readonly repository: CompaniesRepository,
    private readonly sites: CompanySitesWriter,
    private readonly changes: RecordChanges,
  ) {}

  async execute(actor: Actor, input: CompanyInput): Promise<CompanyView> {
    const problems = checkCompanyRules(input);
    if (problems.length > 0) throw CompaniesError.invalid(problems);
    const organisationId = actor.organisationId;
    const company = await this.repository.transaction(async (manager) => {
      const plan = await this.sites.prepare(manager, input.sites, []);
      if (await this.repository.vatNumberTaken(manager, organisationId, input.vatNumber)) {
        throw CompaniesError.vatNumberTaken();
      }
      const saved = await manager.save(
        manager.create(CompanyEntity, {
          organisationId,
          name: input.name.trim(),
          vatNumber: input.vatNumber,
          atecoCode: input.atecoCode ?? null,
          headcount: input.headcount ?? null,
          contacts: input.contacts ?? [],
          kmZero: input.kmZero ?? false,
          legalProvinceCode: plan.legalProvinceCode,
          version: 1,
        }),
      );
      await this.sites.write(manager, saved, plan, []);
      await this.changes.recorded(manager, {
        type: 'company',
        id: saved.id,
        organisationId,
        kind: 'upsert',
      });
      return saved;
    });
    return this.repository.view(organisationId, company);
  }
}
