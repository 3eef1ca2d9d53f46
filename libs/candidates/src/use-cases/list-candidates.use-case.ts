import { Injectable } from '@nestjs/common';
import type { CefrLevel, TargetGroup } from '#libs/kernel';
import { CEFR_LEVELS } from '#libs/kernel';
import { type Actor, fetchPage, type Page, parseSort } from '#libs/platform';
import type { PathwayStatus } from '../candidate.types.js';
import { type CandidateSummary, toCandidateSummary } from '../candidate.view.js';
import { CandidatesRepository } from '../candidates.repository.js';
import { CandidateEntity } from '../entities/candidate.entity.js';

export const CANDIDATE_SORT_FIELDS = ['lastName', 'createdAt', 'updatedAt', 'birthDate'] as const;
const SORT_COLUMNS = {
  lastName: 'c.last_name',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  birthDate: 'c.birth_date',
};

export interface CandidateFilter {
  q?: string;
  pathwayStatus?: PathwayStatus;
  minItalianLevel?: CefrLevel;
  municipalityCode?: string;
  assignedToMe?: boolean;
  assignedTutorId?: string;
  /** Only the groups that reveal nothing special can be filtered on in lists. */
  targetGroup?: TargetGroup;
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}

/** Lists the organisation's candidates, without special-category data. */
@Injectable()
export class ListCandidatesUseCase {
  constructor(private readonly repository: CandidatesRepository) {}

  async execute(actor: Actor, filter: CandidateFilter): Promise<Page<CandidateSummary>> {
    const query = this.repository.dataSource
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :org', { org: actor.organisationId })
      .andWhere(filter.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL');
    if (filter.q) {
      const words = filter.q.trim().split(/\s+/).slice(0, 5);
      words.forEach((word, i) => {
        query.andWhere(
          `(public.unaccent(c.first_name) ILIKE public.unaccent(:w${i}) OR public.unaccent(c.last_name) ILIKE public.unaccent(:w${i}) OR c.tax_code ILIKE :w${i})`,
          { [`w${i}`]: `${word.replace(/[%_\\]/g, '\\$&')}%` },
        );
      });
    }
    if (filter.pathwayStatus)
      query.andWhere('c.pathway_status = :status', { status: filter.pathwayStatus });
    if (filter.minItalianLevel) {
      query.andWhere('c.italian_level IN (:...levels)', {
        levels: CEFR_LEVELS.slice(CEFR_LEVELS.indexOf(filter.minItalianLevel)),
      });
    }
    if (filter.municipalityCode)
      query.andWhere('c.home_municipality_code = :municipality', {
        municipality: filter.municipalityCode,
      });
    const tutor = filter.assignedToMe ? actor.userId : filter.assignedTutorId;
    if (tutor) query.andWhere(':tutor = ANY(c.assigned_tutor_ids)', { tutor });
    if (filter.targetGroup)
      query.andWhere(':group = ANY(c.target_groups)', { group: filter.targetGroup });

    const { column, direction } = parseSort(filter.sort, SORT_COLUMNS, 'lastName');
    query.orderBy(column, direction).addOrderBy('c.id', 'ASC');
    return fetchPage(query, filter, (rows) => rows.map(toCandidateSummary));
  }
}
