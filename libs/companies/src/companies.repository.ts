import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MunicipalitiesService } from '#libs/geo';
import { OrganisationRecords, type OrganisationId, type Page } from '#libs/platform';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CompaniesError } from './companies.error.js';
import type { CompanyFilter } from './company-filter.types.js';
import { type CompanyView, toCompanyView } from './company.view.js';
import { CompanyEntity } from './entities/company.entity.js';
import { CompanySiteEntity } from './entities/company-site.entity.js';

const SORT_COLUMNS = {
  name: 'c.name',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  headcount: 'c.headcount',
};

/** Company queries always carry the organisation: a record of another one is simply not found. */
@Injectable()
export class CompaniesRepository extends OrganisationRecords<CompanyEntity> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
  ) {
    super(dataSource, CompanyEntity, () => CompaniesError.notFound());
  }

  /**
   * The company with a shared lock, for writers of records that point at it (vacancies): archiving
   * the company waits for the caller's transaction, and then sees what it wrote. Null if not found.
   */
  findForShare(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<CompanyEntity | null> {
    return manager.findOne(CompanyEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_read' },
    });
  }

  /** A site of the organisation, whatever its company; null if not found. */
  findSite(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<CompanySiteEntity | null> {
    return manager.findOneBy(CompanySiteEntity, { id, organisationId });
  }

  /** The names of some companies and sites of the organisation, by id (vacancy views). */
  async names(
    organisationId: OrganisationId,
    companyIds: readonly string[],
    siteIds: readonly string[],
  ): Promise<{ companyNames: Map<string, string>; siteNames: Map<string, string> }> {
    const manager = this.dataSource.manager;
    const [companies, sites] = await Promise.all([
      manager.find(CompanyEntity, {
        select: { id: true, name: true },
        where: { organisationId, id: In([...companyIds]) },
      }),
      manager.find(CompanySiteEntity, {
        select: { id: true, name: true },
        where: { organisationId, id: In([...siteIds]) },
      }),
    ]);
    return {
      companyNames: new Map(companies.map((company) => [company.id, company.name])),
      siteNames: new Map(sites.map((site) => [site.id, site.name])),
    };
  }

  /** Also among archived companies: the partita IVA is unique in the organisation for good. */
  vatNumberTaken(
    manager: EntityManager,
    organisationId: OrganisationId,
    vatNumber: string,
  ): Promise<boolean> {
    return manager.existsBy(CompanyEntity, { organisationId, vatNumber });
  }

  /** Every partita IVA of the organisation, archived companies too (they stay unique for good). */
  async vatNumbers(organisationId: OrganisationId): Promise<Set<string>> {
    const rows: Array<{ vatNumber: string }> = await this.dataSource.query(
      `SELECT vat_number AS "vatNumber" FROM companies WHERE organisation_id = $1`,
      [organisationId],
    );
    return new Set(rows.map((row) => row.vatNumber));
  }

  /**
   * The active companies of the organisation by partita IVA, each with the site its vacancies go to
   * by default (the legal seat, or the first site): how an imported vacancy finds its company.
   */
  async defaultSitesByVatNumber(
    organisationId: OrganisationId,
  ): Promise<Map<string, { companyId: string; siteId: string }>> {
    const rows: Array<{ vatNumber: string; companyId: string; siteId: string }> =
      await this.dataSource.query(
        `SELECT DISTINCT ON (c.id) c.vat_number AS "vatNumber", c.id AS "companyId", s.id AS "siteId"
           FROM companies c JOIN company_sites s ON s.company_id = c.id
          WHERE c.organisation_id = $1 AND c.archived_at IS NULL
          ORDER BY c.id, s.legal_seat DESC, s.id`,
        [organisationId],
      );
    return new Map(rows.map(({ vatNumber, ...company }) => [vatNumber, company]));
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

  /** One page of the organisation's companies with their sites. */
  list(organisationId: OrganisationId, filter: CompanyFilter): Promise<Page<CompanyView>> {
    const query = this.listQuery('c', organisationId, filter.archived);
    const q = filter.q?.trim();
    if (q) {
      const digits = q.replace(/\s/g, '');
      query.andWhere(
        `(public.unaccent(c.name) ILIKE public.unaccent(:name)${/^\d+$/.test(digits) ? ' OR c.vat_number LIKE :vat' : ''})`,
        { name: `%${q.replace(/[%_\\]/g, '\\$&')}%`, vat: `${digits}%` },
      );
    }
    if (filter.kmZero !== undefined)
      query.andWhere('c.km_zero = :kmZero', { kmZero: filter.kmZero });
    if (filter.municipalityCode) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM company_sites s WHERE s.company_id = c.id AND s.municipality_code = :municipality)',
        { municipality: filter.municipalityCode },
      );
    }
    if (filter.provinceCode) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM company_sites s JOIN municipalities m ON m.istat_code = s.municipality_code
                  WHERE s.company_id = c.id AND m.province_code = :province)`,
        { province: filter.provinceCode.toUpperCase() },
      );
    }

    return this.sortedPage(query, filter, SORT_COLUMNS, 'name', (rows) =>
      this.views(organisationId, rows),
    );
  }
}
