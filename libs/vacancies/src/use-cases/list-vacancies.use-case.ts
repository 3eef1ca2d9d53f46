import { Injectable } from '@nestjs/common';
import type { ContractType } from '#libs/kernel';
import { type Actor, fetchPage, type Page, parseSort } from '#libs/platform';
import { VacancyEntity } from '../entities/vacancy.entity.js';
import { VacanciesRepository } from '../vacancies.repository.js';
import type { VacancyStatus } from '../vacancy-status.js';
import type { VacancyView } from '../vacancy.view.js';

export const VACANCY_SORT_FIELDS = [
  'publishedAt',
  'expiresAt',
  'title',
  'createdAt',
  'updatedAt',
] as const;
const SORT_COLUMNS = {
  publishedAt: 'v.published_at',
  expiresAt: 'v.expires_at',
  title: 'v.title',
  createdAt: 'v.created_at',
  updatedAt: 'v.updated_at',
};

/** ANY: reserved under Law 68 in either category; NONE: open to everybody. */
export const RESERVED_L68_FILTERS = ['DISABILITY', 'ART18', 'ANY', 'NONE'] as const;
export type ReservedL68Filter = (typeof RESERVED_L68_FILTERS)[number];

export interface VacancyFilter {
  /** Part of the title or of the occupation text, accents and case ignored. */
  q?: string;
  status?: VacancyStatus[];
  contractType?: ContractType[];
  kmZero?: boolean;
  reservedL68?: ReservedL68Filter;
  companyId?: string;
  municipalityCode?: string;
  provinceCode?: string;
  /** An ISTAT unit ('5.5.2.3.0') or a whole group ('5.2.2': all restaurant jobs). */
  occupationCode?: string;
  /** Published on or after this date. */
  publishedSince?: string;
  /** false (the default): vacancies not archived; true: archived ones only. */
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}

/** Lists the organisation's vacancies. */
@Injectable()
export class ListVacanciesUseCase {
  constructor(private readonly repository: VacanciesRepository) {}

  async execute(actor: Actor, filter: VacancyFilter): Promise<Page<VacancyView>> {
    const query = this.repository.dataSource
      .getRepository(VacancyEntity)
      .createQueryBuilder('v')
      .where('v.organisation_id = :org', { org: actor.organisationId })
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
    return fetchPage(query, filter, (rows) => this.repository.views(actor.organisationId, rows));
  }
}
