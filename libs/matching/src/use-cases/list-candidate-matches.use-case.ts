import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadSensitive } from '#libs/candidates';
import type { ContractType, L68Category } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import type { ConstraintResult, MatchFactor } from '../domain/match-result.js';
import { mayShowPair, redactExplanation } from '../access/match-disclosure.js';
import { MatchingError } from '../matching.error.js';
import { recordVisit, subjectStatus } from '../store/match-visits.js';
import { type StoredMatchQuery, storedMatchConditions } from '../store/stored-match-filters.js';
import type { StoredExplanation } from '../store/stored-matches.writer.js';

export interface MatchItemBase {
  score: number;
  distanceKm: number;
  summary: string;
  constraints: ConstraintResult[];
  factors: MatchFactor[];
  computedAt: Date;
  firstSeenAt: Date;
  /** Appeared after the reader's previous visit to this list. */
  isNew: boolean;
}

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

export interface MatchList<T> {
  items: T[];
  /** When the list was computed, and whether a change is waiting to be recomputed. */
  computedAt: Date | null;
  pending: boolean;
  lastVisitAt: Date | null;
  newSinceLastVisit: number;
  /** Pairs with reserved (Law 68) vacancies left out because the reader is not on the case. */
  withheld: number;
}

interface Row {
  vacancy_id: string;
  score: string;
  distance_km: string;
  factors: StoredExplanation;
  computed_at: Date;
  first_seen_at: Date;
  title: string;
  company_id: string;
  company_name: string;
  municipality_code: string;
  contract_type: ContractType;
  km_zero: boolean;
  reserved_l68: L68Category | null;
}

/** GET /candidates/{id}/matches: the stored best vacancies of a candidate, with their reasons. */
@Injectable()
export class ListCandidateMatchesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    actor: Actor,
    candidateId: string,
    query: StoredMatchQuery,
  ): Promise<MatchList<VacancyMatchItem>> {
    const [candidate]: Array<{ assigned_tutor_ids: string[] }> = await this.dataSource.query(
      `SELECT assigned_tutor_ids FROM candidates WHERE id = $1 AND organisation_id = $2`,
      [candidateId, actor.organisationId],
    );
    if (!candidate) throw MatchingError.candidateNotFound();
    const disclose = canReadSensitive(actor, { assignedTutorIds: candidate.assigned_tutor_ids });
    const status = await subjectStatus(
      this.dataSource.manager,
      actor.userId,
      'candidate',
      candidateId,
    );
    const params: unknown[] = [candidateId, actor.organisationId];
    const rows: Row[] = await this.dataSource.query(
      `SELECT m.vacancy_id, m.score, m.distance_km, m.factors, m.computed_at, m.first_seen_at,
              v.title, v.company_id, co.name AS company_name, v.municipality_code, m.contract_type,
              m.km_zero, m.reserved_l68
         FROM matches m
         JOIN vacancies v ON v.id = m.vacancy_id AND v.status = 'OPEN' AND v.archived_at IS NULL
         JOIN companies co ON co.id = v.company_id
        WHERE m.candidate_id = $1 AND m.organisation_id = $2 AND m.for_candidate
              ${storedMatchConditions(query, params)}
        ORDER BY m.score DESC, m.vacancy_id`,
      params,
    );
    const shown = rows.filter((row) => mayShowPair(disclose, row.reserved_l68));
    const items = shown.slice(0, query.limit).map((row): VacancyMatchItem => {
      const explanation = redactExplanation(row.factors, disclose);
      return {
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
        score: Number(row.score),
        distanceKm: Number(row.distance_km),
        ...explanation,
        computedAt: row.computed_at,
        firstSeenAt: row.first_seen_at,
        isNew: status.lastVisitAt === null || row.first_seen_at > status.lastVisitAt,
      };
    });
    if (query.markSeen !== false) {
      await recordVisit(this.dataSource.manager, {
        userId: actor.userId,
        organisationId: actor.organisationId,
        type: 'candidate',
        id: candidateId,
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
