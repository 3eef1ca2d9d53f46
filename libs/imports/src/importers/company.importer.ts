import { Injectable } from '@nestjs/common';
import { checkCompanyRules, CompaniesRepository, CreateCompanyUseCase } from '#libs/companies';
import { MunicipalitiesService } from '#libs/geo';
import type { Actor, OrganisationId } from '#libs/platform';
import { checkCompanyRow, type ImportedCompany } from '../domain/company-import.rules.js';
import { Gazetteer } from '../domain/municipality-place.rules.js';
import type { KindImporter, RowImporter } from './kind-importer.types.js';

/** Companies from a chamber of commerce list: partita IVA checked, the address placed on the gazetteer. */
@Injectable()
export class CompanyImporter implements KindImporter {
  readonly kind = 'companies' as const;

  constructor(
    private readonly companies: CompaniesRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly createCompany: CreateCompanyUseCase,
  ) {}

  async prepare(organisationId: OrganisationId): Promise<RowImporter<ImportedCompany>> {
    const gazetteer = new Gazetteer(await this.municipalities.all());
    const registered = await this.companies.vatNumbers(organisationId);
    return {
      check: (values) => checkCompanyRow(values, gazetteer),
      ownerProblems: async (input) => [
        ...checkCompanyRules(input),
        ...(registered.has(input.vatNumber)
          ? [{ field: 'vatNumber', message: "partita IVA già registrata nell'organizzazione" }]
          : []),
      ],
      write: async (actor: Actor, input) => (await this.createCompany.execute(actor, input)).id,
    };
  }
}
