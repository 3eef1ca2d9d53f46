import { Injectable } from '@nestjs/common';
import { todayInRome } from '#libs/kernel';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadSensitive } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { type MatchItemBase, type MatchList, readMatchList } from '../compute/match-list.view.js';

import { MatchingError } from '../matching.error.js';
import { MatchesRepository } from '../store/matches.repository.js';
import { MatchSubjectsReader } from '../store/match-subjects.reader.js';
import type { StoredMatchQuery } from '../store/stored-match-filters.sql.js';

export interface CandidateMatchItem extends MatchItemBase {
  candidate: {
    id: string;
    firstName: string;
    lastName: string;
    municipalityCode: string;
    assignedTutorIds: string[];
  };
}

/**
 * GET /vacancies/{id}/matches: the stored best candidates for a vacancy. Consultants read it too:
 * every detail that comes from a special category is generic unless the reader is on that person's
 * case, and for a reserved vacancy the people not on the reader’s cases are left out, uncounted.
 */
@Injectable()
export class ListVacancyMatchesUseCase {
  private readonly subjects: MatchSubjectsReader;
  private readonly matches: MatchesRepository;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.subjects = new MatchSubjectsReader(dataSource);
    this.matches = new MatchesRepository(dataSource);
  }

  async execute(
    actor: Actor,
    vacancyId: string,
    query: StoredMatchQuery,
  ): Promise<MatchList<CandidateMatchItem>> {
    const vacancy = await this.subjects.vacancyState(
      actor.organisationId,
      vacancyId,
      todayInRome(),
    );
    if (!vacancy) throw MatchingError.vacancyNotFound();
    return readMatchList(this.matches, actor, vacancyId, query, {
      subject: 'vacancy',
      rows: () => this.matches.vacancyList(vacancyId, actor.organisationId, query),
      disclosed: (row) => canReadSensitive(actor, { assignedTutorIds: row.assigned_tutor_ids }),
      other: (row) => ({
        candidate: {
          id: row.candidate_id,
          firstName: row.first_name,
          lastName: row.last_name,
          municipalityCode: row.home_municipality_code,
          assignedTutorIds: row.assigned_tutor_ids,
        },
      }),
    });
  }
}
