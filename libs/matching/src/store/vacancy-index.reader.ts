import { openVacancySql } from '#libs/vacancies';
import type { DataSource, EntityManager } from 'typeorm';
import type { VacancyMatchProfile } from '../domain/match-profiles.types.js';
import {
  toVacancyProfile,
  VACANCY_PROFILE_COLUMNS,
  type VacancyProfileRow,
} from './match-profile-rows.mapper.js';

export interface VacancyIndexRow {
  profile: VacancyMatchProfile;
  organisationId: string;
  expiresOn: string | null;
  /** Open (status, archive) on the day asked; expiry is checked again by the index each day. */
  open: boolean;
  updatedAt: Date;
}

type Row = VacancyProfileRow & { expires_on: string | null; open: boolean; updated_at: Date };

const COLUMNS = `${VACANCY_PROFILE_COLUMNS}, v.expires_at::text AS expires_on,
  ${openVacancySql('v', '$1::date')} AS open, v.updated_at`;

const toIndexRow = (row: Row): VacancyIndexRow => ({
  profile: toVacancyProfile(row),
  organisationId: row.organisation_id,
  expiresOn: row.expires_on,
  open: row.open,
  updatedAt: row.updated_at,
});

/** The vacancies of the in-memory index (matching's read of the vacancies table, for all organisations). */
export class VacancyIndexReader {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** Every vacancy open on `today`, a page at a time in id order (`after`: the last id read). */
  async openPage(today: string, after: string | null, size: number): Promise<VacancyIndexRow[]> {
    const rows: Row[] = await this.db.query(
      `SELECT ${COLUMNS} FROM vacancies v
        WHERE ${openVacancySql('v', '$1::date')} AND ($2::uuid IS NULL OR v.id > $2::uuid)
        ORDER BY v.id LIMIT $3`,
      [today, after, size],
    );
    return rows.map(toIndexRow);
  }

  /**
   * Vacancies changed at or after `since` (open or not: a closed one leaves the index), those
   * proposed to someone since then (their fair-share points moved), and those whose recomputation
   * was asked or done since then: publishing a vacancy to a network, withdrawing it, or a network's
   * membership changing leaves the vacancies row as it was but records the vacancy as changed
   * (match_subjects), so every worker process, not only the one running the job, reads again who
   * sees it. One union of index ranges (the OR of the three read the whole table: 67 ms a second
   * for every worker process at regional size).
   */
  async changedSince(today: string, since: Date): Promise<VacancyIndexRow[]> {
    const rows: Row[] = await this.db.query(
      `SELECT ${COLUMNS} FROM vacancies v
        WHERE v.id IN (SELECT changed.id FROM vacancies changed WHERE changed.updated_at >= $2
                       UNION SELECT p.vacancy_id FROM proposals p WHERE p.created_at >= $2
                       UNION SELECT s.subject_id FROM match_subjects s
                              WHERE s.subject_type = 'vacancy' AND s.requested_at >= $2
                       UNION SELECT s.subject_id FROM match_subjects s
                              WHERE s.subject_type = 'vacancy' AND s.computed_at >= $2)`,
      [today, since],
    );
    return rows.map(toIndexRow);
  }

  /** These vacancies as they are now (missing ids were deleted). */
  async byIds(today: string, ids: readonly string[]): Promise<VacancyIndexRow[]> {
    if (ids.length === 0) return [];
    const rows: Row[] = await this.db.query(
      `SELECT ${COLUMNS} FROM vacancies v WHERE v.id = ANY($2::uuid[])`,
      [today, ids],
    );
    return rows.map(toIndexRow);
  }
}
