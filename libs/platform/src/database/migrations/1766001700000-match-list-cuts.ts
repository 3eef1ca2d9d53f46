import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's list cut kept beside their computation: `list_count` rows of their list score at least
 * `list_lowest` (NULL: not known). A new vacancy asks the cut of every person in its reach, and
 * reading it from the lists themselves cost about 30 µs a person: 3 s of the job of a site near
 * Milan, 95,000 people in reach. The person's own computation writes the cut exactly; what others do
 * to the list only weakens it, so that it never refuses a pair the list would take: a pair written
 * into the list leaves it as it is, a lowered score lowers `list_lowest` (the writers of a vacancy's
 * pairs, see lowerListCuts), and this trigger takes the rows deleted from a list off `list_count`,
 * whatever deletes them (planned at each statement, see migration 1766001800000). TRUNCATE forgets
 * every cut.
 */
export class MatchListCuts1766001700000 implements MigrationInterface {
  name = 'MatchListCuts1766001700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_subjects ADD COLUMN list_count integer NULL,
                                              ADD COLUMN list_lowest double precision NULL`);
    await q.query(`
      CREATE FUNCTION match_subjects_count_gone_pairs() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        EXECUTE 'UPDATE match_subjects s SET list_count = greatest(0, s.list_count - g.listed)
                   FROM (SELECT candidate_id, count(*)::int AS listed FROM gone
                          WHERE for_candidate GROUP BY candidate_id) g
                  WHERE s.subject_type = ''candidate'' AND s.subject_id = g.candidate_id
                    AND s.list_count > 0';
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER matches_count_gone_pairs AFTER DELETE ON matches
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
        EXECUTE FUNCTION match_subjects_count_gone_pairs()`);
    await q.query(`
      CREATE FUNCTION match_subjects_forget_list_cuts() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        UPDATE match_subjects SET list_count = NULL, list_lowest = NULL
         WHERE list_count IS NOT NULL;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER matches_forget_list_cuts AFTER TRUNCATE ON matches
        FOR EACH STATEMENT EXECUTE FUNCTION match_subjects_forget_list_cuts()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER matches_forget_list_cuts ON matches`);
    await q.query(`DROP FUNCTION match_subjects_forget_list_cuts()`);
    await q.query(`DROP TRIGGER matches_count_gone_pairs ON matches`);
    await q.query(`DROP FUNCTION match_subjects_count_gone_pairs()`);
    await q.query(`ALTER TABLE match_subjects DROP COLUMN list_count, DROP COLUMN list_lowest`);
  }
}
