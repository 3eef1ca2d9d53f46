import { activeCandidateSql } from '#libs/candidates';
import { queryPrepared } from '#libs/platform';
import {
  openVacancySql,
  organisationsPublishingToSql,
  organisationsSeeingVacancySql,
  vacancyVisibleToOrganisationSql,
} from '#libs/vacancies';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import {
  CANDIDATE_PROFILE_COLUMNS,
  type CandidateProfileRow,
  toCandidateProfile,
  toVacancyProfile,
  VACANCY_PROFILE_COLUMNS,
  type VacancyProfileRow,
} from './match-profile-rows.mapper.js';

/**
 * Loads candidates and vacancies as the core's plain profiles, always as one organisation sees them:
 * its own people, its own vacancies and those shared with it in a network.
 * Outside a transaction the queries run as prepared statements: matching runs them thousands of times.
 */
export class MatchProfilesReader {
  constructor(private readonly db: DataSource | EntityManager) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db instanceof DataSource
      ? queryPrepared<T>(this.db, sql, params)
      : this.db.query(sql, params);
  }

  async candidate(organisationId: string, id: string): Promise<CandidateMatchProfile | null> {
    const [row] = await this.candidates(organisationId, [id]);
    return row ?? null;
  }

  async candidates(organisationId: string, ids: string[]): Promise<CandidateMatchProfile[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<CandidateProfileRow>(
      `SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM candidates c
        WHERE c.id = ANY($1::uuid[]) AND c.organisation_id = $2`,
      [ids, organisationId],
    );
    return rows.map(toCandidateProfile);
  }

  /**
   * Active candidates among `ids` of the organisations that see the vacancy (each sees only its own):
   * a person the worker's people index still held a moment after their case closed drops here.
   */
  async candidatesSeeing(vacancyId: string, ids: string[]): Promise<CandidateMatchProfile[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<CandidateProfileRow>(
      `SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM candidates c
        WHERE c.id = ANY($1::uuid[]) AND ${activeCandidateSql('c')} AND c.organisation_id IN (
          SELECT seeing.organisation_id FROM vacancies v,
                 LATERAL (${organisationsSeeingVacancySql('v')}) seeing WHERE v.id = $2)`,
      [ids, vacancyId],
    );
    return rows.map(toCandidateProfile);
  }

  async vacancy(organisationId: string, id: string): Promise<VacancyMatchProfile | null> {
    const [row] = await this.vacancies(organisationId, [id]);
    return row ?? null;
  }

  async vacancies(organisationId: string, ids: string[]): Promise<VacancyMatchProfile[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<VacancyProfileRow>(
      `SELECT ${VACANCY_PROFILE_COLUMNS} FROM vacancies v
        WHERE v.id = ANY($1::uuid[]) AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}`,
      [ids, organisationId],
    );
    return rows.map(toVacancyProfile);
  }

  /**
   * Every active person of the organisations that see the vacancy (its own and its networks'), for
   * the benchmark's naive baseline.
   */
  async activeCandidatesSeeing(vacancyId: string): Promise<CandidateMatchProfile[]> {
    const rows = await this.query<CandidateProfileRow>(
      `SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM candidates c
        WHERE ${activeCandidateSql('c')} AND c.organisation_id IN (
          SELECT seeing.organisation_id FROM vacancies v,
                 LATERAL (${organisationsSeeingVacancySql('v')}) seeing WHERE v.id = $1)`,
      [vacancyId],
    );
    return rows.map(toCandidateProfile);
  }

  /**
   * Every vacancy the organisation sees open `today`, for the benchmark's naive baseline: the
   * vacancies of the organisations that may publish to it (by the organisation index), then the rule.
   */
  async openVacancies(organisationId: string, today: string): Promise<VacancyMatchProfile[]> {
    const rows = await this.query<VacancyProfileRow>(
      `SELECT ${VACANCY_PROFILE_COLUMNS} FROM vacancies v
        WHERE v.organisation_id IN (${organisationsPublishingToSql('$1::uuid')})
          AND ${vacancyVisibleToOrganisationSql('v', '$1::uuid')} AND ${openVacancySql('v', '$2::date')}`,
      [organisationId, today],
    );
    return rows.map(toVacancyProfile);
  }
}
