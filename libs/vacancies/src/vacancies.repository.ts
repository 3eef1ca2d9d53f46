import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompaniesRepository } from '#libs/companies';
import { MunicipalitiesService } from '#libs/geo';
import { fetchPage, type OrganisationId, type Page, parseSort } from '#libs/platform';
import { TaxonomyService } from '#libs/taxonomy';
import { DataSource, type EntityManager } from 'typeorm';
import { VacancyEntity } from './entities/vacancy.entity.js';
import { VacanciesError } from './vacancies.error.js';
import type { VacancyFilter } from './vacancy-filter.types.js';
import { toVacancyView, type VacancyView } from './vacancy.view.js';

const SORT_COLUMNS = {
  publishedAt: 'v.published_at',
  expiresAt: 'v.expires_at',
  title: 'v.title',
  createdAt: 'v.created_at',
  updatedAt: 'v.updated_at',
};

/** Vacancy queries always carry the organisation: a record of another one is simply not found. */
@Injectable()
export class VacanciesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly taxonomy: TaxonomyService,
    private readonly companies: CompaniesRepository,
  ) {}

  /** Runs `work` in one transaction, for use cases that write several rows together. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

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
    const [names, municipalities, occupationLabels, skillLabels] = await Promise.all([
      this.companies.names(
        organisationId,
        vacancies.map((vacancy) => vacancy.companyId),
        vacancies.map((vacancy) => vacancy.siteId),
      ),
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
      ...names,
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

  /** One page of the organisation's vacancies. */
  list(organisationId: OrganisationId, filter: VacancyFilter): Promise<Page<VacancyView>> {
    const query = this.dataSource
      .getRepository(VacancyEntity)
      .createQueryBuilder('v')
      .where('v.organisation_id = :org', { org: organisationId })
      .andWhere(filter.archived ? 'v.archived_at IS NOT NULL' : 'v.archived_at IS NULL');
    const q = filter.q?.trim();
    if (q) {
      query.andWhere(
        '(public.unaccent(v.title) ILIKE public.unaccent(:q) OR public.unaccent(v.occupation_text) ILIKE public.unaccent(:q))',
        { q: `%${q.replace(/[%_\\]/g, '\\$&')}%` },
      );
    }
    if (filter.status?.length)
      query.andWhere('v.status IN (:...statuses)', { statuses: filter.status });
    if (filter.contractType?.length) {
      query.andWhere('v.contract_type IN (:...contracts)', { contracts: filter.contractType });
    }
    if (filter.kmZero !== undefined)
      query.andWhere('v.km_zero = :kmZero', { kmZero: filter.kmZero });
    if (filter.reservedL68 === 'ANY') query.andWhere('v.reserved_l68 IS NOT NULL');
    else if (filter.reservedL68 === 'NONE') query.andWhere('v.reserved_l68 IS NULL');
    else if (filter.reservedL68)
      query.andWhere('v.reserved_l68 = :l68', { l68: filter.reservedL68 });
    if (filter.companyId) query.andWhere('v.company_id = :company', { company: filter.companyId });
    if (filter.municipalityCode) {
      query.andWhere('v.municipality_code = :municipality', {
        municipality: filter.municipalityCode,
      });
    }
    if (filter.provinceCode) {
      query.andWhere(
        'v.municipality_code IN (SELECT istat_code FROM municipalities WHERE province_code = :province)',
        { province: filter.provinceCode.toUpperCase() },
      );
    }
    if (filter.occupationCode) {
      query.andWhere('(v.occupation_code = :occupation OR v.occupation_code LIKE :group)', {
        occupation: filter.occupationCode,
        group: `${filter.occupationCode.replace(/[%_\\]/g, '\\$&')}.%`,
      });
    }
    if (filter.publishedSince) {
      query.andWhere('v.published_at >= :since', { since: filter.publishedSince });
    }

    const { column, direction } = parseSort<keyof typeof SORT_COLUMNS>(
      filter.sort,
      SORT_COLUMNS,
      '-publishedAt',
    );
    query
      .orderBy(column, direction, direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('v.id', 'ASC');
    return fetchPage(query, filter, (rows) => this.views(organisationId, rows));
  }
}
