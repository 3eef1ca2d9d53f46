import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every status a vacancy has had, and since when: a re-issued bulletin edition for a past week lists
 * the offers that were open that week, not those open today. A trigger writes it, so no path that
 * inserts or updates vacancies (the API, imports, the demo loader) can forget it. Existing vacancies
 * get an approximate history: open since they were created and, when no longer open, their current
 * status since their last update.
 */
export class VacancyStatusHistory1766000900000 implements MigrationInterface {
  name = 'VacancyStatusHistory1766000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE TABLE vacancy_status_changes (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      vacancy_id uuid NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
      status text NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query(`CREATE INDEX vacancy_status_changes_vacancy_idx
                     ON vacancy_status_changes (vacancy_id, changed_at DESC, id DESC)`);
    await q.query(`CREATE FUNCTION vacancy_status_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
          INSERT INTO vacancy_status_changes (vacancy_id, status) VALUES (NEW.id, NEW.status);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`INSERT INTO vacancy_status_changes (vacancy_id, status, changed_at)
      SELECT id, CASE WHEN status = 'DRAFT' THEN 'DRAFT' ELSE 'OPEN' END, created_at FROM vacancies
      UNION ALL
      SELECT id, status, greatest(updated_at, created_at + interval '1 millisecond')
        FROM vacancies WHERE status NOT IN ('DRAFT', 'OPEN')`);
    await q.query(`CREATE TRIGGER vacancies_status_history
                     AFTER INSERT OR UPDATE OF status ON vacancies
                     FOR EACH ROW EXECUTE FUNCTION vacancy_status_history()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER vacancies_status_history ON vacancies`);
    await q.query(`DROP FUNCTION vacancy_status_history()`);
    await q.query(`DROP TABLE vacancy_status_changes`);
  }
}
