import type { EntityManager } from 'typeorm';
import { VACANCIES_OF_COMPANY_SQL } from './company-vacancies.sql.js';

/**
 * The ids of every vacancy of a company, archived or not, read in the caller's transaction: the
 * record-change hub re-indexes them when the company changes (their documents carry its name).
 */
export async function vacancyIdsOfCompany(
  manager: EntityManager,
  companyId: string,
): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(VACANCIES_OF_COMPANY_SQL, [companyId]);
  return rows.map((row) => row.id);
}
