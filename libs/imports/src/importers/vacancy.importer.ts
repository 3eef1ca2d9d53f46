import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { Actor, OrganisationId } from '#libs/platform';
import { CreateVacancyUseCase } from '#libs/vacancies';
import { checkVacancyRow, type ImportedVacancy } from '../domain/vacancy-import.rules.js';
import type { KindImporter, RowImporter } from './kind-importer.types.js';

/** Vacancies from a job board's export, placed at the legal seat of the company with their partita IVA. */
@Injectable()
export class VacancyImporter implements KindImporter {
  readonly kind = 'vacancies' as const;

  constructor(
    private readonly companies: CompaniesRepository,
    private readonly createVacancy: CreateVacancyUseCase,
  ) {}

  async prepare(organisationId: OrganisationId): Promise<RowImporter<ImportedVacancy>> {
    const companies = await this.companies.defaultSitesByVatNumber(organisationId);
    return {
      check: (values) => checkVacancyRow(values, companies),
      conflicts: async () => [],
      write: async (actor: Actor, input) => (await this.createVacancy.execute(actor, input)).id,
    };
  }
}
