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
   * The active people of one partition (`mod(hash(id), partitions) = partition`), `size` at a time
   * in id order after `after`: partitions split the people among workers with no overlap.
   */
  async partitionPage(
    partition: number,
    partitions: number,
    after: string | null,
    size: number,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT c.id FROM candidates c
        WHERE ${activeCandidateSql('c')} AND mod(abs(hashtext(c.id::text)), $2) = $1
          AND ($3::uuid IS NULL OR c.id > $3::uuid)
        ORDER BY c.id LIMIT $4`,
      [partition, partitions, after, size],
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

  /** The vacancies whose lists hold a pair with each of these people. */
  async heldByVacancies(candidateIds: readonly string[]): Promise<Map<string, string[]>> {
    const held = new Map<string, string[]>();
    if (candidateIds.length === 0) return held;
    const rows: Array<{ candidate_id: string; vacancy_id: string }> = await this.db.query(
      `SELECT candidate_id, vacancy_id FROM matches
        WHERE candidate_id = ANY($1::uuid[]) AND for_vacancy`,
      [candidateIds],
    );
    for (const row of rows) {
      const list = held.get(row.candidate_id) ?? [];
      list.push(row.vacancy_id);
      held.set(row.candidate_id, list);
    }
    return held;
  }
}
