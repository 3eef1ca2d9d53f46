import { activeCandidateSql, l68RegisteredForSql } from '#libs/candidates';
import { queryPrepared } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { CELL_DEGREES, ROW } from '../compute/memory-grid.calculator.js';
import type { IndexedPerson } from '../compute/people-index.calculator.js';
import {
  type CandidateConstraintRow,
  toCandidateConstraints,
} from './match-profile-rows.mapper.js';

export interface PeopleIndexRow {
  person: IndexedPerson;
  /** An active case with some right to work: else the person leaves the index. */
  indexed: boolean;
}

type Row = CandidateConstraintRow & { organisation_id: string; soft: string; indexed: boolean };

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
  // The names of an allowed area's municipalities are for explanations: the index tests their codes.
  person: { ...toCandidateConstraints(row), organisationId: row.organisation_id, soft: row.soft },
});

/** The people of the in-memory people index (matching's read of the candidates table, for all organisations). */
export class PeopleIndexReader {
  constructor(private readonly db: DataSource) {}

  /**
   * Every person the index holds, `size` at a time in the order of their grid cells (the order the
   * index keeps them in: PeopleIndex.upsertMany), from one cursor in one snapshot, so that the
   * index is filled as they are read instead of after holding all of them as objects (at 418,000
   * people that was 0.7 GB more resident memory). Returns the snapshot's time, the changes to poll
   * from.
   */
  async readAll(size: number, each: (people: IndexedPerson[]) => void): Promise<Date> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const [{ now }]: Array<{ now: Date }> = await runner.query('SELECT now()');
      await runner.query(
        `DECLARE people NO SCROLL CURSOR FOR SELECT ${COLUMNS} FROM candidates c
          WHERE ${activeCandidateSql('c')} AND c.right_to_work_kind <> 'NONE'
          ORDER BY floor((c.home_lat::float8 + 90) / ${CELL_DEGREES}) * ${ROW}
                   + floor((c.home_lng::float8 + 180) / ${CELL_DEGREES}), c.id`,
      );
      for (;;) {
        const rows: Row[] = await runner.query(`FETCH ${size} FROM people`);
        each(rows.map((row) => toIndexRow(row).person));
        if (rows.length < size) break;
      }
      await runner.commitTransaction();
      return now;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
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
