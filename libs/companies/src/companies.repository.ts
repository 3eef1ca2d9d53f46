import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MunicipalitiesService } from '#libs/geo';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CompaniesError } from './companies.error.js';
import { type CompanyView, toCompanyView } from './company.view.js';
import { CompanyEntity } from './entities/company.entity.js';
import { CompanySiteEntity } from './entities/company-site.entity.js';

/** Company queries always carry the organisation: a record of another one is simply not found. */
@Injectable()
export class CompaniesRepository {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async get(
    organisationId: OrganisationId,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CompanyEntity> {
    const company = await manager.findOneBy(CompanyEntity, { id, organisationId });
    if (!company) throw CompaniesError.notFound();
    return company;
  }

  async getForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<CompanyEntity> {
    const company = await manager.findOne(CompanyEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!company) throw CompaniesError.notFound();
    return company;
  }

  /** Also among archived companies: the partita IVA is unique in the organisation for good. */
  vatNumberTaken(
    manager: EntityManager,
    organisationId: OrganisationId,
    vatNumber: string,
  ): Promise<boolean> {
    return manager.existsBy(CompanyEntity, { organisationId, vatNumber });
  }

  sitesOf(
    organisationId: OrganisationId,
    companyIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CompanySiteEntity[]> {
    if (companyIds.length === 0) return Promise.resolve([]);
    return manager.findBy(CompanySiteEntity, { organisationId, companyId: In(companyIds) });
  }

  /** The views of some companies of one organisation, with their sites, in the given order. */
  async views(organisationId: OrganisationId, companies: CompanyEntity[]): Promise<CompanyView[]> {
    const sites = await this.sitesOf(
      organisationId,
      companies.map((company) => company.id),
    );
    const municipalities = await this.municipalities.findByCodes(
      sites.map((site) => site.municipalityCode),
    );
    return companies.map((company) =>
      toCompanyView(
        company,
        sites.filter((site) => site.companyId === company.id),
        municipalities,
      ),
    );
  }

  async view(organisationId: OrganisationId, company: CompanyEntity): Promise<CompanyView> {
    const [view] = await this.views(organisationId, [company]);
    return view;
  }
}
