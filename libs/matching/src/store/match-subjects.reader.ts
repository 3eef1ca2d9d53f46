import { activeCandidateSql } from '#libs/candidates';
import type { L68Category } from '#libs/kernel';
import { openVacancySql, vacancyVisibleToOrganisationSql } from '#libs/vacancies';
import { DataSource, type EntityManager } from 'typeorm';
import type { MatchSubjectType } from './stored-matches.writer.js';

/**
 * What matching asks of the candidates and vacancies it matches, beyond their profiles
 * (match-profiles.reader.ts): who owns a record, whether it takes part today (who is on a person's
 * case comes from CandidateCaseReader). The rules of an open vacancy and of an active case come from their owners.
 */
export class MatchSubjectsReader {
  constructor(private readonly db: DataSource | EntityManager) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db.query(sql, params);
  }

  /** The organisation of a candidate or a vacancy; null when the record does not exist. */
  async organisationOf(type: MatchSubjectType, id: string): Promise<string | null> {
    const table = type === 'candidate' ? 'candidates' : 'vacancies';
    const [row] = await this.query<{ organisation_id: string }>(
      `SELECT organisation_id FROM ${table} WHERE id = $1`,
      [id],
    );
    return row?.organisation_id ?? null;
  }

  /**
   * Whether the subject takes part in matching today: an active case, an open vacancy. The
   * pre-filter also leaves out people with no right to work at all; for them it finds nothing.
   */
  async isActive(type: MatchSubjectType, id: string, today: string): Promise<boolean> {
    const [row] = await this.query<{ active: boolean }>(
      type === 'candidate'
        ? `SELECT ${activeCandidateSql('c')} AS active FROM candidates c
            WHERE c.id = $1 AND $2::date IS NOT NULL`
        : `SELECT ${openVacancySql('v', '$2::date')} AS active FROM vacancies v WHERE v.id = $1`,
      [id, today],
    );
    return row?.active ?? false;
  }

  /**
   * A vacancy's reservation and whether it is open today; null when the organisation does not see it
   * (neither its own nor shared with it in a network).
   */
  async vacancyState(
    organisationId: string,
    vacancyId: string,
    today: string,
  ): Promise<{ reservedL68: L68Category | null; open: boolean } | null> {
    const [row] = await this.query<{ reserved_l68: L68Category | null; open: boolean }>(
      `SELECT v.reserved_l68, ${openVacancySql('v', '$3::date')} AS open
         FROM vacancies v WHERE v.id = $1 AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}`,
      [vacancyId, organisationId, today],
    );
    return row ? { reservedL68: row.reserved_l68, open: row.open } : null;
  }
}
