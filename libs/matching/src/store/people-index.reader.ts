import { activeCandidateSql, l68RegisteredForSql } from '#libs/candidates';
import { queryPrepared } from '#libs/platform';
import type { DataSource } from 'typeorm';
import type { IndexedPerson } from '../compute/people-index.calculator.js';
import {
  type CandidateProfileRow,
  type StoredAllowedArea,
  toAllowedArea,
} from './match-profile-rows.mapper.js';

export interface PeopleIndexRow {
  person: IndexedPerson;
  /** An active case with some right to work: else the person leaves the index. */
  indexed: boolean;
}

type Row = Pick<
  CandidateProfileRow,
  | 'id'
  | 'organisation_id'
  | 'italian_level'
  | 'availability'
  | 'max_weekly_hours'
  | 'home_lat'
  | 'home_lng'
  | 'max_travel_km'
  | 'driving_licences'
  | 'right_to_work_kind'
  | 'right_to_work_expires_on'
  | 'task_limitations'
  | 'preferred_contract_types'
> & { allowed_area: StoredAllowedArea | null; soft: string; indexed: boolean };

/**
 * What the people index keeps of a person (people-index.calculator.ts): never a column of
 * candidate_sensitive. The taxonomy terms are match_soft_terms' JSON text (the reach index's copy when
 * it holds one).
 */
const COLUMNS = `c.id, c.organisation_id, c.italian_level, c.availability,
  c.max_weekly_hours::float8 AS max_weekly_hours, c.home_lat, c.home_lng,
  c.max_travel_km::float8 AS max_travel_km, c.allowed_area, c.driving_licences, c.right_to_work_kind,
  c.right_to_work_expires_on::text AS right_to_work_expires_on, c.task_limitations,
  c.preferred_contract_types,
  coalesce(c.match_soft, match_soft_terms(c.experiences, c.skills, c.preferred_occupations)) AS soft,
  (${activeCandidateSql('c')} AND c.right_to_work_kind <> 'NONE') AS indexed`;

const toIndexRow = (row: Row): PeopleIndexRow => ({
  indexed: row.indexed,
  person: {
    id: row.id,
    organisationId: row.organisation_id,
    italianLevel: row.italian_level,
    availability: Array.isArray(row.availability) ? row.availability : null,
    maxWeeklyHours: row.max_weekly_hours,
    home: { lat: row.home_lat, lng: row.home_lng },
    maxTravelKm: row.max_travel_km,
    // The names of the municipalities are for explanations only: the index tests their codes.
    allowedArea: toAllowedArea(row.allowed_area, {}),
    drivingLicences: row.driving_licences,
    rightToWork: row.right_to_work_expires_on
      ? { kind: row.right_to_work_kind, expiresOn: row.right_to_work_expires_on }
      : { kind: row.right_to_work_kind },
    taskLimitations: row.task_limitations,
    preferredContractTypes: row.preferred_contract_types,
    soft: row.soft,
  },
});

/** The people of the in-memory people index (matching's read of the candidates table, for all organisations). */
export class PeopleIndexReader {
  constructor(private readonly db: DataSource) {}

  /** The people the index holds, a page at a time in id order (`after`: the last id read). */
  async indexedPage(after: string | null, size: number): Promise<IndexedPerson[]> {
    const rows: Row[] = await this.db.query(
      `SELECT ${COLUMNS} FROM candidates c
        WHERE ${activeCandidateSql('c')} AND c.right_to_work_kind <> 'NONE'
          AND ($1::uuid IS NULL OR c.id > $1::uuid)
        ORDER BY c.id LIMIT $2`,
      [after, size],
    );
    return rows.map((row) => toIndexRow(row).person);
  }

  /** People changed at or after `since`, in the index or not (a closed case leaves it). */
  async changedSince(since: Date): Promise<PeopleIndexRow[]> {
    const rows: Row[] = await queryPrepared(
      this.db,
      `SELECT ${COLUMNS} FROM candidates c WHERE c.updated_at >= $1`,
      [since],
    );
    return rows.map(toIndexRow);
  }

  /** These people as they are now (missing ids were deleted). */
  async byIds(ids: readonly string[]): Promise<PeopleIndexRow[]> {
    if (ids.length === 0) return [];
    const rows: Row[] = await this.db.query(
      `SELECT ${COLUMNS} FROM candidates c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toIndexRow);
  }

  /**
   * Those of `ids` registered under Law 68 in `category`, by the keyed blind index of
   * candidate_sensitive (nothing sealed is read, nothing leaves the database but the ids).
   */
  async registeredUnderL68(ids: readonly string[], category: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await queryPrepared(
      this.db,
      `SELECT s.candidate_id AS id FROM candidate_sensitive s
        WHERE s.candidate_id = ANY($1::uuid[]) AND ${l68RegisteredForSql('s', 's.candidate_id', '$2::text')}`,
      [ids, category],
    );
    return new Set(rows.map((row) => row.id));
  }
}
