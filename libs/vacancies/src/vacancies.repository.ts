import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompanyEntity, CompanySiteEntity } from '#libs/companies';
import { MunicipalitiesService } from '#libs/geo';
import type { OrganisationId } from '#libs/platform';
import { TaxonomyService } from '#libs/taxonomy';
import { DataSource, type EntityManager, In } from 'typeorm';
import { VacancyEntity } from './entities/vacancy.entity.js';
import { VacanciesError } from './vacancies.error.js';
import { toVacancyView, type VacancyView } from './vacancy.view.js';

/** Vacancy queries always carry the organisation: a record of another one is simply not found. */
@Injectable()
export class VacanciesRepository {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async get(
    organisationId: OrganisationId,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VacancyEntity> {
    const vacancy = await manager.findOneBy(VacancyEntity, { id, organisationId });
    if (!vacancy) throw VacanciesError.notFound();
    return vacancy;
  }

  async getForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<VacancyEntity> {
    const vacancy = await manager.findOne(VacancyEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!vacancy) throw VacanciesError.notFound();
    return vacancy;
  }

  /** The views of some vacancies of one organisation, in the given order. */
  async views(organisationId: OrganisationId, vacancies: VacancyEntity[]): Promise<VacancyView[]> {
    if (vacancies.length === 0) return [];
    const manager = this.dataSource.manager;
    const [companies, sites, municipalities, occupationLabels, skillLabels] = await Promise.all([
      manager.find(CompanyEntity, {
        select: { id: true, name: true },
        where: { organisationId, id: In(vacancies.map((vacancy) => vacancy.companyId)) },
      }),
      manager.find(CompanySiteEntity, {
        select: { id: true, name: true },
        where: { organisationId, id: In(vacancies.map((vacancy) => vacancy.siteId)) },
      }),
      this.municipalities.findByCodes(vacancies.map((vacancy) => vacancy.municipalityCode)),
      this.taxonomy.labels(
        'OCCUPATION',
        vacancies.flatMap((vacancy) => (vacancy.occupationCode ? [vacancy.occupationCode] : [])),
      ),
      this.taxonomy.labels(
        'SKILL',
        vacancies.flatMap((vacancy) =>
          vacancy.requiredSkills.flatMap((skill) => (skill.code ? [skill.code] : [])),
        ),
      ),
    ]);
    const lookups = {
      companyNames: new Map(companies.map((company) => [company.id, company.name])),
      siteNames: new Map(sites.map((site) => [site.id, site.name])),
      municipalities,
      occupationLabels,
      skillLabels,
    };
    return vacancies.map((vacancy) => toVacancyView(vacancy, lookups));
  }

  async view(organisationId: OrganisationId, vacancy: VacancyEntity): Promise<VacancyView> {
    const [view] = await this.views(organisationId, [vacancy]);
    return view;
  }
}
