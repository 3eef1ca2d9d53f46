import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored pair no longer checks, as it is written, that its vacancy exists. A refresh writes tens of
 * thousands of pairs a minute, and the foreign key's check locked each pair's vacancy row (FOR KEY
 * SHARE): worker transactions writing at the same time lock the same popular vacancies, which
 * PostgreSQL records as shared locks (multixacts) in the vacancy's row, page and WAL each time; with
 * two worker processes the first refresh ran slower than with one.
 *
 * What the key gave stays: deleting vacancies deletes their pairs (a statement trigger, as the
 * cascade did). A pair written by a refresh in the moment its vacancy is deleted (the worker read it
 * just before) shows in no list, since lists read pairs joined to their vacancy, and the nightly
 * clean-up deletes it (MatchesRepository.deleteInactivePairs).
 */
export class MatchesVacancyCascadeTrigger1766001200000 implements MigrationInterface {
  name = 'MatchesVacancyCascadeTrigger1766001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matches DROP CONSTRAINT matches_vacancy_id_fkey`);
    await q.query(`
      CREATE FUNCTION matches_forget_vacancies() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        DELETE FROM matches m USING gone g WHERE m.vacancy_id = g.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER vacancies_forget_matches AFTER DELETE ON vacancies
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT
        EXECUTE FUNCTION matches_forget_vacancies()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER vacancies_forget_matches ON vacancies`);
    await q.query(`DROP FUNCTION matches_forget_vacancies()`);
    await q.query(`DELETE FROM matches m
                    WHERE NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = m.vacancy_id)`);
    await q.query(`ALTER TABLE matches ADD CONSTRAINT matches_vacancy_id_fkey
                   FOREIGN KEY (vacancy_id) REFERENCES vacancies(id) ON DELETE CASCADE`);
  }
}
