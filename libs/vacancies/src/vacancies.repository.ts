import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompaniesRepository } from '#libs/companies';
import { MunicipalitiesService } from '#libs/geo';
import { OrganisationRecords, type OrganisationId, type Page } from '#libs/platform';
import { TaxonomyService } from '#libs/taxonomy';
import { DataSource } from 'typeorm';
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
export class VacanciesRepository extends OrganisationRecords<VacancyEntity> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly taxonomy: TaxonomyService,
    private readonly companies: CompaniesRepository,
  ) {
    super(dataSource, VacancyEntity, () => VacanciesError.notFound());
  }

  /**
   * A vacancy whatever its organisation: only after the caller has checked that the reader sees it
   * (VacancyFactsReader.visibleTo).
   */
  async getAnyOrganisation(id: string): Promise<VacancyEntity> {
    const vacancy = await this.dataSource.manager.findOneBy(VacancyEntity, { id });
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
    const query = this.listQuery('v', organisationId, filter.archived);
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

    return this.sortedPage(query, filter, SORT_COLUMNS, '-publishedAt', (rows) =>
      this.views(organisationId, rows),
    );
  }
}
