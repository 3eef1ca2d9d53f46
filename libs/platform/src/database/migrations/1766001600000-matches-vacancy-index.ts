import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every stored pair of a vacancy, by the vacancy: the index of the vacancy's list
 * (`matches_for_vacancy_idx`, partial) does not hold the pairs that are only in people's lists, so
 * whatever asked for all of a vacancy's pairs read the whole table: its recompute (the pairs it
 * holds in people's lists, and the pairs its list drops), archiving it (in the request), deleting it
 * (the trigger of migration 1766001200000) and the fair-share re-rank. With 9 million stored pairs
 * (2.5 GB) a new vacancy's job spent 1.5 s in two such scans, and the scans grow with the region.
 */
export class MatchesVacancyIndex1766001600000 implements MigrationInterface {
  name = 'MatchesVacancyIndex1766001600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE INDEX matches_vacancy_idx ON matches (vacancy_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX matches_vacancy_idx`);
  }
}
