import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The explanations of the stored matches move to a table of their own. With them inline every row
 * of `matches` took about 2 kB, and the queries the list refresh runs for every batch of people
 * (the pairs they hold in vacancies' lists, the cut of each vacancy's list) read tens of thousands
 * of rows: at regional size they read gigabytes of explanations they never used, and a refresh
 * slowed down as the table grew. `matches` keeps what lists are ordered and filtered by (about
 * 150 bytes a row); an explanation is read for the rows a list shows, and goes with its pair.
 */
export class MatchExplanations1766001000000 implements MigrationInterface {
  name = 'MatchExplanations1766001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_explanations (
        candidate_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        factors jsonb NOT NULL,
        PRIMARY KEY (candidate_id, vacancy_id),
        FOREIGN KEY (candidate_id, vacancy_id) REFERENCES matches (candidate_id, vacancy_id)
          ON DELETE CASCADE
      )`);
    await q.query(`INSERT INTO match_explanations (candidate_id, vacancy_id, factors)
                   SELECT candidate_id, vacancy_id, factors FROM matches`);
    await q.query(`ALTER TABLE matches DROP COLUMN factors`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matches ADD COLUMN factors jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE matches m SET factors = e.factors FROM match_explanations e
                    WHERE e.candidate_id = m.candidate_id AND e.vacancy_id = m.vacancy_id`);
    await q.query(`ALTER TABLE matches ALTER COLUMN factors DROP DEFAULT`);
    await q.query(`DROP TABLE match_explanations`);
  }
}
