import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInRome } from '#libs/kernel';
import { openVacancySql, vacancyVisibleToOrganisationSql } from '#libs/vacancies';
import { DataSource } from 'typeorm';
import { pairOrderSql } from './pair-order.sql.js';

/** How many of a list's first matches a person would see as new (the same rule as the list). */
export const NEW_MATCHES_WINDOW = 20;

/**
 * For each candidate, the matches among the best NEW_MATCHES_WINDOW (open vacancies, reserved ones
 * only where `disclose`) that appeared after the reader's previous visit to that candidate's list:
 * the "new since the last visit" badge of the caseload, without opening each list.
 */
@Injectable()
export class NewMatchCountsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(
    reader: { userId: string; organisationId: string },
    candidates: ReadonlyArray<{ id: string; disclose: boolean }>,
    today: string = todayInRome(),
  ): Promise<Map<string, number>> {
    if (candidates.length === 0) return new Map();
    const rows: Array<{ candidate_id: string; n: number }> = await this.dataSource.query(
      `WITH ranked AS (
       SELECT m.candidate_id, m.first_seen_at,
              row_number() OVER (PARTITION BY m.candidate_id ORDER BY ${pairOrderSql('m')}) AS rank
         FROM matches m
         JOIN vacancies v ON v.id = m.vacancy_id AND ${openVacancySql('v', '$6::date')}
          AND ${vacancyVisibleToOrganisationSql('v', '$2::uuid')}
        WHERE m.organisation_id = $2 AND m.for_candidate AND m.candidate_id = ANY($3::uuid[])
              AND (m.reserved_l68 IS NULL OR m.candidate_id = ANY($4::uuid[])))
     SELECT r.candidate_id, count(*)::int AS n
       FROM ranked r
       LEFT JOIN match_visits mv ON mv.user_id = $1 AND mv.subject_type = 'candidate'
                                AND mv.subject_id = r.candidate_id
      WHERE r.rank <= $5 AND (mv.last_seen_at IS NULL OR r.first_seen_at > mv.last_seen_at)
      GROUP BY r.candidate_id`,
      [
        reader.userId,
        reader.organisationId,
        candidates.map((c) => c.id),
        candidates.filter((c) => c.disclose).map((c) => c.id),
        NEW_MATCHES_WINDOW,
        today,
      ],
    );
    return new Map(rows.map((row) => [row.candidate_id, row.n]));
  }
}
