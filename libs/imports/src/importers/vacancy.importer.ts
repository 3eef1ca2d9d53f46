import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { Actor, OrganisationId } from '#libs/platform';
import { todayInRome } from '#libs/kernel';
import { checkVacancyRules, CreateVacancyUseCase } from '#libs/vacancies';
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
      ownerProblems: async (input) =>
        checkVacancyRules({
          occupationCode: null,
          occupationText: input.occupationText ?? null,
          requiredSkills: [],
          shifts: [],
          tasks: [],
          publishedAt: input.publishedAt ?? todayInRome(),
          expiresAt: input.expiresAt ?? null,
        }),
      write: async (actor: Actor, input) => (await this.createVacancy.execute(actor, input)).id,
    };
  }
}
