import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored pair no longer checks, as it is written, that its person exists, nor its explanation that
 * its pair does (as migration 1766001200000 did for vacancies): each check was a query of its own for
 * every row a refresh inserts, a quarter of the database's time in a first refresh (2,000 pairs:
 * 30 ms of 115 for the person, 20 of 100 for the pair). The writers read the person in the same
 * statement (`JOIN candidates`, for the pair's organisation) and write a pair's explanation only
 * with the pair (writingExplanations), so neither key ever refused a row.
 *
 * What the keys gave stays: deleting people deletes their pairs, and deleting pairs deletes their
 * explanations (statement triggers, as the cascades did). A pair written by a refresh in the moment
 * its person is deleted is deleted by the nightly clean-up (DELETE_ORPHAN_PAIRS).
 */
export class MatchesCascadeTriggers1766001500000 implements MigrationInterface {
  name = 'MatchesCascadeTriggers1766001500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE match_explanations DROP CONSTRAINT match_explanations_candidate_id_vacancy_id_fkey`,
    );
    await q.query(`
      CREATE FUNCTION match_explanations_forget_pairs() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        DELETE FROM match_explanations e USING gone g
         WHERE e.candidate_id = g.candidate_id AND e.vacancy_id = g.vacancy_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER matches_forget_explanations AFTER DELETE ON matches
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
        EXECUTE FUNCTION match_explanations_forget_pairs()`);
    await q.query(`ALTER TABLE matches DROP CONSTRAINT matches_candidate_id_fkey`);
    await q.query(`
      CREATE FUNCTION matches_forget_candidates() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        DELETE FROM matches m USING gone g WHERE m.candidate_id = g.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER candidates_forget_matches AFTER DELETE ON candidates
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
        EXECUTE FUNCTION matches_forget_candidates()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`DROP TRIGGER candidates_forget_matches ON candidates`);
    await q.query(`DROP FUNCTION matches_forget_candidates()`);
    await q.query(`DELETE FROM matches m
                    WHERE NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id = m.candidate_id)`);
    await q.query(`ALTER TABLE matches ADD CONSTRAINT matches_candidate_id_fkey
                   FOREIGN KEY (candidate_id) REFERENCES candidates(id) ON DELETE CASCADE`);
    await q.query(`DROP TRIGGER matches_forget_explanations ON matches`);
    await q.query(`DROP FUNCTION match_explanations_forget_pairs()`);
    await q.query(`DELETE FROM match_explanations e
                    WHERE NOT EXISTS (SELECT 1 FROM matches m
                                       WHERE m.candidate_id = e.candidate_id
                                         AND m.vacancy_id = e.vacancy_id)`);
    await q.query(`ALTER TABLE match_explanations
                     ADD CONSTRAINT match_explanations_candidate_id_vacancy_id_fkey
                   FOREIGN KEY (candidate_id, vacancy_id)
                   REFERENCES matches(candidate_id, vacancy_id) ON DELETE CASCADE`);
  }
}
