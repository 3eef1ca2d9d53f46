import { Injectable } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import { todayInRome } from '#libs/kernel';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadSensitive } from '#libs/candidates';
import type { ContractType, L68Category } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { type MatchItemBase, type MatchList, readMatchList } from '../compute/match-list.view.js';

import { MatchingError } from '../matching.error.js';
import { MatchesRepository } from '../store/matches.repository.js';
import type { StoredMatchQuery } from '../store/stored-match-filters.sql.js';

export type { MatchItemBase, MatchList } from '../compute/match-list.view.js';

export interface VacancyMatchItem extends MatchItemBase {
  vacancy: {
    id: string;
    title: string;
    companyId: string;
    companyName: string;
    municipalityCode: string;
    contractType: ContractType;
    kmZero: boolean;
    reservedL68: L68Category | null;
  };
}

/**
 * GET /candidates/{id}/matches: the stored best vacancies of a candidate, with their reasons; only
 * the vacancies still open today (a vacancy past its expiry date leaves the list at once).
 */
@Injectable()
export class ListCandidateMatchesUseCase {
  private readonly matches: MatchesRepository;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly cases: CandidateCaseReader,
  ) {
    this.matches = new MatchesRepository(dataSource);
  }

  async execute(
    actor: Actor,
    candidateId: string,
    query: StoredMatchQuery,
    today = todayInRome(),
  ): Promise<MatchList<VacancyMatchItem>> {
    const candidateCase = await this.cases.caseOf(actor.organisationId, candidateId);
    if (!candidateCase) throw MatchingError.candidateNotFound();
    const disclose = canReadSensitive(actor, candidateCase);
    return readMatchList(this.matches, actor, candidateId, query, {
      subject: 'candidate',
      rows: () => this.matches.candidateList(candidateId, actor.organisationId, today, query),
      disclosed: () => disclose,
      other: (row) => ({
        vacancy: {
          id: row.vacancy_id,
          title: row.title,
          companyId: row.company_id,
          companyName: row.company_name,
          municipalityCode: row.municipality_code,
          contractType: row.contract_type,
          kmZero: row.km_zero,
          reservedL68: row.reserved_l68,
        },
      }),
    });
  }
}
