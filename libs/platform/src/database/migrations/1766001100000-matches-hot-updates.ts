import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stored lists are rewritten every night (a pair's score moves with the vacancy's age). A rewrite
 * that changes a column some index names writes a new entry in every index of the table: the score
 * was in the keys of both lists' indexes, so every nightly update wrote three index entries. Lists
 * are short (50 rows a person, about 100 a vacancy) and are sorted when read, so the score need not
 * be in an index: with it out, and with room left in each page, a rewrite that keeps the pair in
 * the same lists is a heap-only update (no index entry written, its old version reclaimed in the
 * page).
 *
 * - A person's list is found through the primary key (candidate_id first): its own index goes.
 * - A vacancy's list keeps an index on vacancy_id alone, for the rows in the vacancy's list.
 * - Pages are filled to 80 % (matches) and 50 % (explanations, about 1.5 kB each) when written, so
 *   that the next night's version of a row finds room beside it.
 */
export class MatchesHotUpdates1766001100000 implements MigrationInterface {
  name = 'MatchesHotUpdates1766001100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX matches_for_candidate_idx`);
    await q.query(`DROP INDEX matches_for_vacancy_idx`);
    await q.query(`CREATE INDEX matches_for_vacancy_idx ON matches (vacancy_id) WHERE for_vacancy`);
    await q.query(`ALTER TABLE matches SET (fillfactor = 80)`);
    await q.query(`ALTER TABLE match_explanations SET (fillfactor = 50)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_explanations RESET (fillfactor)`);
    await q.query(`ALTER TABLE matches RESET (fillfactor)`);
    await q.query(`DROP INDEX matches_for_vacancy_idx`);
    await q.query(
      `CREATE INDEX matches_for_vacancy_idx ON matches (vacancy_id, score DESC) WHERE for_vacancy`,
    );
    await q.query(
      `CREATE INDEX matches_for_candidate_idx ON matches (candidate_id, score DESC) WHERE for_candidate`,
    );
  }
}
