import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching workers keep the open vacancies in memory and follow their changes by `updated_at`
 * every few seconds: without this index each poll would read the whole table.
 */
export class VacanciesUpdatedIndex1766000600000 implements MigrationInterface {
  name = 'VacanciesUpdatedIndex1766000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX vacancies_updated_at_idx ON vacancies (updated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX vacancies_updated_at_idx`);
  }
}
