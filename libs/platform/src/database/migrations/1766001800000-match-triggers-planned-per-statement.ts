import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement triggers that delete stored pairs and explanations (migrations 1766001200000 and
 * 1766001500000) plan their statement each time it runs. A PL/pgSQL statement without parameters
 * keeps the plan of its first run in the connection: a worker connection that first deleted pairs
 * while `match_explanations` was empty (a new installation, or a benchmark's emptied lists) kept
 * deleting their explanations by reading the whole table, every batch of a refresh, as the table
 * grew to gigabytes: a refresh of the lists just written ran at 180 lists a second instead of 330.
 * Only the planner's statistics being refreshed replaced the plan (autovacuum's ANALYZE).
 */
export class MatchTriggersPlannedPerStatement1766001800000 implements MigrationInterface {
  name = 'MatchTriggersPlannedPerStatement1766001800000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, statement] of Object.entries(STATEMENTS))
      await q.query(triggerFunction(name, `EXECUTE '${statement.replaceAll("'", "''")}';`));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name, statement] of Object.entries(STATEMENTS))
      await q.query(triggerFunction(name, `${statement};`));
  }
}

/** Each trigger function's statement, reading the deleted rows as `gone`. */
const STATEMENTS: Record<string, string> = {
  matches_forget_vacancies: 'DELETE FROM matches m USING gone g WHERE m.vacancy_id = g.id',
  matches_forget_candidates: 'DELETE FROM matches m USING gone g WHERE m.candidate_id = g.id',
  match_explanations_forget_pairs: `DELETE FROM match_explanations e USING gone g
         WHERE e.candidate_id = g.candidate_id AND e.vacancy_id = g.vacancy_id`,
};

function triggerFunction(name: string, body: string): string {
  return `
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      ${body}
      RETURN NULL;
    END $$`;
}
