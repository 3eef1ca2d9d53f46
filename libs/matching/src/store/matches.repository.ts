import type { L68Category, ContractType } from '#libs/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type MatchSubject,
  type MatchSubjectType,
  type StoredExplanation,
  subjectPairsOrganisation,
} from './stored-matches.writer.js';
import { type StoredMatchQuery, storedMatchConditions } from './stored-match-filters.sql.js';
import type { PackedExplanation } from './stored-explanation.codec.js';
import {
  candidateListSql,
  DELETE_INACTIVE_PAIRS,
  DELETE_ORPHAN_PAIRS,
  DUE_SUBJECTS,
  PENDING_SUBJECTS,
  vacancyListSql,
} from './matches.sql.js';

/** A stored pair in a candidate's list, with what the screen shows of the vacancy. */
export interface CandidateListRow {
  vacancy_id: string;
  score: string;
  distance_km: string;
  factors: StoredExplanation | PackedExplanation;
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

/** A stored pair in a vacancy's list, with what the screen shows of the person. */
export interface VacancyListRow {
  candidate_id: string;
  score: string;
  distance_km: string;
  factors: StoredExplanation | PackedExplanation;
  computed_at: Date;
  first_seen_at: Date;
  first_name: string;
  last_name: string;
  home_municipality_code: string;
  assigned_tutor_ids: string[];
  reserved_l68: L68Category | null;
}

export interface SubjectStatus {
  /** When the stored matches were last computed; null before the first computation. */
  computedAt: Date | null;
  /** A change is waiting to be recomputed. */
  pending: boolean;
  /** The reader's previous visit to this list; null on the first one. */
  lastVisitAt: Date | null;
}

const KEY_COLUMN: Record<MatchSubjectType, string> = {
  candidate: 'candidate_id',
  vacancy: 'vacancy_id',
};

/**
 * The tables matching owns, read and written outside the recomputation's own writes
 * (stored-matches.writer.ts): the stored lists (matches), the computation state of each subject
 * (match_subjects) and each reader's last visit (match_visits).
 */
export class MatchesRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get manager(): EntityManager {
    return this.db instanceof DataSource ? this.db.manager : this.db;
  }

  /** A candidate's stored best vacancies, the ones open `today`, with the reader's filters. */
  candidateList(
    candidateId: string,
    organisationId: string,
    today: string,
    query: StoredMatchQuery,
  ): Promise<CandidateListRow[]> {
    const params: unknown[] = [candidateId, organisationId, today];
    const conditions = storedMatchConditions(query, params);
    return this.manager.query(candidateListSql('$3::date', conditions), params);
  }

  /** A vacancy's stored best candidates, with the reader's filters. */
  vacancyList(
    vacancyId: string,
    organisationId: string,
    query: StoredMatchQuery,
  ): Promise<VacancyListRow[]> {
    const params: unknown[] = [vacancyId, organisationId];
    return this.manager.query(vacancyListSql(storedMatchConditions(query, params)), params);
  }

  /** The stored score of one pair, when it is in a list. */
  async storedPair(
    candidateId: string,
    vacancyId: string,
  ): Promise<{ score: number; computedAt: Date } | null> {
    const [row]: Array<{ score: string; computed_at: Date }> = await this.manager.query(
      `SELECT score, computed_at FROM matches WHERE candidate_id = $1 AND vacancy_id = $2`,
      [candidateId, vacancyId],
    );
    return row ? { score: Number(row.score), computedAt: row.computed_at } : null;
  }

  /** The other side's ids whose lists hold a pair with this subject. */
  async heldElsewhere(subject: Pick<MatchSubject, 'type' | 'id'>): Promise<string[]> {
    const [other, flag] =
      subject.type === 'candidate'
        ? ['vacancy_id', 'for_vacancy']
        : ['candidate_id', 'for_candidate'];
    const rows: Array<{ id: string }> = await this.manager.query(
      `SELECT ${other} AS id FROM matches WHERE ${KEY_COLUMN[subject.type]} = $1 AND ${flag}`,
      [subject.id],
    );
    return rows.map((row) => row.id);
  }

  /** Deletes every stored pair of a subject (it was archived, closed or erased). */
  async deleteSubjectPairs(subject: MatchSubject): Promise<void> {
    await this.manager.query(
      `DELETE FROM matches WHERE ${KEY_COLUMN[subject.type]} = $1
          AND ${subjectPairsOrganisation(subject.type, '$2')}`,
      [subject.id, subject.organisationId],
    );
  }

  /** Records that the subject changed and waits for a recomputation. */
  async requestRecompute(subject: MatchSubject): Promise<void> {
    await this.manager.query(
      `INSERT INTO match_subjects (subject_type, subject_id, organisation_id, requested_at)
       VALUES ($1, $2, $3, clock_timestamp())
       ON CONFLICT (subject_type, subject_id) DO UPDATE SET requested_at = clock_timestamp()`,
      [subject.type, subject.id, subject.organisationId],
    );
  }

  /** Forgets a subject whose record no longer exists. */
  async forgetSubject(type: MatchSubjectType, id: string): Promise<void> {
    await this.manager.query(
      `DELETE FROM match_subjects WHERE subject_type = $1 AND subject_id = $2`,
      [type, id],
    );
  }

  /**
   * Deletes the pairs of vacancies not open `today` or no longer existing, and of people whose case
   * is not active.
   */
  async deleteInactivePairs(today: string): Promise<number> {
    const [, inactive]: [unknown, number] = await this.manager.query(DELETE_INACTIVE_PAIRS, [
      today,
    ]);
    const [, orphans]: [unknown, number] = await this.manager.query(DELETE_ORPHAN_PAIRS);
    return inactive + orphans;
  }

  /** Requests whose enqueue after the commit seems lost. */
  pendingSubjects(
    limit: number,
  ): Promise<Array<{ subject_type: MatchSubjectType; subject_id: string }>> {
    return this.manager.query(PENDING_SUBJECTS, [limit]);
  }

  /** Everything the nightly sweep recomputes (see DUE_SUBJECTS). */
  dueSubjects(
    limit: number,
    ttlDays: number,
    today: string,
  ): Promise<Array<{ subject_type: MatchSubjectType; subject_id: string }>> {
    return this.manager.query(DUE_SUBJECTS, [limit, ttlDays, today]);
  }

  /** The subject's computation state and the reader's previous visit. */
  async subjectStatus(userId: string, type: MatchSubjectType, id: string): Promise<SubjectStatus> {
    const [row]: Array<{ computed_at: Date | null; pending: boolean; last_seen_at: Date | null }> =
      await this.manager.query(
        `SELECT s.computed_at, (s.requested_at IS NOT NULL) AS pending,
                (SELECT v.last_seen_at FROM match_visits v
                  WHERE v.user_id = $1 AND v.subject_type = $2 AND v.subject_id = $3) AS last_seen_at
           FROM (SELECT 1) one
           LEFT JOIN match_subjects s ON s.subject_type = $2 AND s.subject_id = $3`,
        [userId, type, id],
      );
    return {
      computedAt: row?.computed_at ?? null,
      pending: row?.pending ?? false,
      lastVisitAt: row?.last_seen_at ?? null,
    };
  }

  /** Remembers that the reader has seen the list now: later matches are "new since the last visit". */
  async recordVisit(visit: {
    userId: string;
    organisationId: string;
    type: MatchSubjectType;
    id: string;
  }): Promise<void> {
    await this.manager.query(
      `INSERT INTO match_visits (user_id, subject_type, subject_id, organisation_id, last_seen_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (user_id, subject_type, subject_id) DO UPDATE SET last_seen_at = now()`,
      [visit.userId, visit.type, visit.id, visit.organisationId],
    );
  }
}
