import { Injectable } from '@nestjs/common';
import { type Actor, fetchPage, type Page, parseSort } from '#libs/platform';
import { CompaniesRepository } from '../companies.repository.js';
import type { CompanyView } from '../company.view.js';
import { CompanyEntity } from '../entities/company.entity.js';

export const COMPANY_SORT_FIELDS = ['name', 'createdAt', 'updatedAt', 'headcount'] as const;
const SORT_COLUMNS = {
  name: 'c.name',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  headcount: 'c.headcount',
};

export interface CompanyFilter {
  /** Part of the name (accents and case ignored) or the start of the partita IVA. */
  q?: string;
  kmZero?: boolean;
  /** Companies with at least one site in this municipality (ISTAT code) ... */
  municipalityCode?: string;
  /** ... or in this province ('MI'). */
  provinceCode?: string;
  /** false (the default): active companies only; true: archived ones only. */
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}

/** Lists the organisation's companies with their sites. */
@Injectable()
export class ListCompaniesUseCase {
  constructor(private readonly repository: CompaniesRepository) {}

  async execute(actor: Actor, filter: CompanyFilter): Promise<Page<CompanyView>> {
    const query = this.repository.dataSource
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :org', { org: actor.organisationId })
      .andWhere(filter.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL');
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

    const { column, direction } = parseSort(filter.sort, SORT_COLUMNS, 'name');
    query
      .orderBy(column, direction, direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('c.id', 'ASC');
    return fetchPage(query, filter, (rows) => this.repository.views(actor.organisationId, rows));
  }
}
