import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadSensitive } from '#libs/candidates';
import type { L68Category } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { mayShowPair, redactExplanation } from '../access/match-disclosure.js';
import { MatchingError } from '../matching.error.js';
import { recordVisit, subjectStatus } from '../store/match-visits.js';
import { type StoredMatchQuery, storedMatchConditions } from '../store/stored-match-filters.js';
import type { StoredExplanation } from '../store/stored-matches.writer.js';
import type { MatchItemBase, MatchList } from './list-candidate-matches.use-case.js';

export interface CandidateMatchItem extends MatchItemBase {
  candidate: {
    id: string;
    firstName: string;
    lastName: string;
    municipalityCode: string;
    assignedTutorIds: string[];
  };
}

interface Row {
  candidate_id: string;
  score: string;
  distance_km: string;
  factors: StoredExplanation;
  computed_at: Date;
  first_seen_at: Date;
  first_name: string;
  last_name: string;
  home_municipality_code: string;
  assigned_tutor_ids: string[];
  reserved_l68: L68Category | null;
}

/**
 * GET /vacancies/{id}/matches: the stored best candidates for a vacancy. Consultants read it too:
 * every detail that comes from a special category is generic unless the reader is on that person's
 * case, and for a reserved vacancy the people not on the reader's cases are only counted.
 */
@Injectable()
export class ListVacancyMatchesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    actor: Actor,
    vacancyId: string,
    query: StoredMatchQuery,
  ): Promise<MatchList<CandidateMatchItem>> {
    const [vacancy]: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM vacancies WHERE id = $1 AND organisation_id = $2`,
      [vacancyId, actor.organisationId],
    );
    if (!vacancy) throw MatchingError.vacancyNotFound();
    const status = await subjectStatus(this.dataSource.manager, actor.userId, 'vacancy', vacancyId);
    const params: unknown[] = [vacancyId, actor.organisationId];
    const rows: Row[] = await this.dataSource.query(
      `SELECT m.candidate_id, m.score, m.distance_km, m.factors, m.computed_at, m.first_seen_at,
              c.first_name, c.last_name, c.home_municipality_code, c.assigned_tutor_ids, m.reserved_l68
         FROM matches m
         JOIN candidates c ON c.id = m.candidate_id AND c.archived_at IS NULL
        WHERE m.vacancy_id = $1 AND m.organisation_id = $2 AND m.for_vacancy
              ${storedMatchConditions(query, params)}
        ORDER BY m.score DESC, m.candidate_id`,
      params,
    );
    const disclosed = (row: Row) =>
      canReadSensitive(actor, { assignedTutorIds: row.assigned_tutor_ids });
    const shown = rows.filter((row) => mayShowPair(disclosed(row), row.reserved_l68));
    const items = shown.slice(0, query.limit).map((row): CandidateMatchItem => ({
      candidate: {
        id: row.candidate_id,
        firstName: row.first_name,
        lastName: row.last_name,
        municipalityCode: row.home_municipality_code,
        assignedTutorIds: row.assigned_tutor_ids,
      },
      score: Number(row.score),
      distanceKm: Number(row.distance_km),
      ...redactExplanation(row.factors, disclosed(row)),
      computedAt: row.computed_at,
      firstSeenAt: row.first_seen_at,
      isNew: status.lastVisitAt === null || row.first_seen_at > status.lastVisitAt,
    }));
    if (query.markSeen !== false) {
      await recordVisit(this.dataSource.manager, {
        userId: actor.userId,
        organisationId: actor.organisationId,
        type: 'vacancy',
        id: vacancyId,
      });
    }
    return {
      items,
      computedAt: status.computedAt,
      pending: status.pending,
      lastVisitAt: status.lastVisitAt,
      newSinceLastVisit: items.filter((item) => item.isNew).length,
      withheld: rows.length - shown.length,
    };
  }
}
