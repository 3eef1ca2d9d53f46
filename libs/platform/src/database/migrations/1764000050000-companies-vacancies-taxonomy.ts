import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the company, vacancy and taxonomy code relies on beyond the foundation: the closed sets of
 * values checked by the database too (a row written by a script cannot slip an unknown status past
 * the API), and the indexes behind the list filters and the occupation picker.
 */
export class CompaniesVacanciesTaxonomy1764000050000 implements MigrationInterface {
  name = 'CompaniesVacanciesTaxonomy1764000050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE companies ADD CONSTRAINT companies_vat_number_check CHECK (vat_number ~ '^[0-9]{11}$')`,
    );
    await q.query(`
      ALTER TABLE vacancies
        ADD CONSTRAINT vacancies_status_check
          CHECK (status IN ('DRAFT','OPEN','FILLED','CLOSED','ARCHIVED')),
        ADD CONSTRAINT vacancies_source_check
          CHECK (source IN ('OPEN_MARKET','SCOUTING','PARTNER')),
        ADD CONSTRAINT vacancies_archived_check
          CHECK ((status = 'ARCHIVED') = (archived_at IS NOT NULL))`);

    // Companies are filtered by the municipality of any of their sites.
    await q.query(
      `CREATE INDEX company_sites_org_municipality_idx ON company_sites (organisation_id, municipality_code)`,
    );
    // Removing or moving a site looks up the vacancies that point at it (the foreign key has no index).
    await q.query(`CREATE INDEX vacancies_site_idx ON vacancies (site_id)`);
    // The occupation picker matches any part of a term ("badan" finds "badante").
    await q.query(
      `CREATE INDEX taxonomy_terms_term_trgm_idx ON taxonomy_terms USING gin (term public.gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX taxonomy_terms_term_trgm_idx`);
    await q.query(`DROP INDEX vacancies_site_idx`);
    await q.query(`DROP INDEX company_sites_org_municipality_idx`);
    await q.query(`
      ALTER TABLE vacancies
        DROP CONSTRAINT vacancies_archived_check,
        DROP CONSTRAINT vacancies_source_check,
        DROP CONSTRAINT vacancies_status_check`);
    await q.query(`ALTER TABLE companies DROP CONSTRAINT companies_vat_number_check`);
  }
}
