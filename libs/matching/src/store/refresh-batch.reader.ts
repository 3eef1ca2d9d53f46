import { activeCandidateSql } from '#libs/candidates';
import type { DataSource, EntityManager } from 'typeorm';
import type { CandidateMatchProfile } from '../domain/match-profiles.types.js';
import {
  CANDIDATE_PROFILE_COLUMNS,
  type CandidateProfileRow,
  toCandidateProfile,
} from './match-profile-rows.mapper.js';

export interface RefreshCandidate {
  profile: CandidateMatchProfile;
  organisationId: string;
  active: boolean;
}

/**
 * What a batched refresh of candidates' lists reads at once: a partition's people, their profiles
 * with their organisation, and the pairs they hold in vacancies' lists. A refresh serves every
 * organisation, so these reads are by id, each row carrying its organisation.
 */
export class RefreshBatchReader {
  constructor(private readonly db: DataSource | EntityManager) {}

  /**
   * The active people of one partition (`mod(hash(id), partitions) = partition`), in id order: the
   * partitions split the people among workers with no overlap. Read once for the partition (one pass
   * over the people), then recomputed a batch at a time: a page per batch re-read the whole table
   * each time to find the next few hundred ids of its partition.
   */
  async partition(partition: number, partitions: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT c.id FROM candidates c
        WHERE ${activeCandidateSql('c')} AND mod(abs(hashtext(c.id::text)), $2) = $1
        ORDER BY c.id`,
      [partition, partitions],
    );
    return rows.map((row) => row.id);
  }

  async candidates(ids: readonly string[]): Promise<RefreshCandidate[]> {
    if (ids.length === 0) return [];
    const rows: Array<CandidateProfileRow & { active: boolean }> = await this.db.query(
      `SELECT ${CANDIDATE_PROFILE_COLUMNS}, ${activeCandidateSql('c')} AS active
         FROM candidates c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({
      profile: toCandidateProfile(row),
      organisationId: row.organisation_id,
      active: row.active,
    }));
  }

  /**
   * The vacancies whose lists hold a pair with each of these people, read person by person through
   * the key's index (see listCuts: a plain `= ANY` scanned the table when statistics lagged).
   */
  async heldByVacancies(candidateIds: readonly string[]): Promise<Map<string, string[]>> {
    if (candidateIds.length === 0) return new Map();
    const rows: Array<{ candidate_id: string; vacancies: string[] }> = await this.db.query(
      `SELECT c.id AS candidate_id, held.vacancies
         FROM unnest($1::uuid[]) AS c(id)
        CROSS JOIN LATERAL (
          SELECT array_agg(m.vacancy_id) AS vacancies
            FROM matches m WHERE m.candidate_id = c.id AND m.for_vacancy) held
        WHERE held.vacancies IS NOT NULL`,
      [candidateIds],
    );
    return new Map(rows.map((row) => [row.candidate_id, row.vacancies]));
  }
}
