import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Networks of organisations (a consortium and its members, a district plan, a regional partnership):
 * `networks` and `network_members` belong to accounts, `vacancy_networks` (the networks a vacancy is
 * published to) to vacancies. A vacancy is seen by its own organisation and by the members of the
 * networks it is published to, while its organisation is a member too. Search documents of
 * vacancies carry the other organisations that see them (`visible_to`).
 */
export class Networks1766000500000 implements MigrationInterface {
  name = 'Networks1766000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE networks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        coordinator_organisation_id uuid NOT NULL REFERENCES organisations(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX networks_name_idx ON networks (lower(name))`);
    await q.query(`
      CREATE TABLE network_members (
        network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, organisation_id)
      )`);
    await q.query(
      `CREATE INDEX network_members_organisation_idx ON network_members (organisation_id, network_id)`,
    );
    await q.query(`
      CREATE TABLE vacancy_networks (
        vacancy_id uuid NOT NULL REFERENCES vacancies(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        shared_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (vacancy_id, network_id)
      )`);
    await q.query(
      `CREATE INDEX vacancy_networks_network_idx ON vacancy_networks (network_id, vacancy_id)`,
    );
    await q.query(
      `ALTER TABLE search_documents ADD COLUMN visible_to uuid[] NOT NULL DEFAULT '{}'`,
    );
    await q.query(
      `CREATE INDEX search_documents_visible_to_idx ON search_documents USING gin (visible_to)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_documents_visible_to_idx`);
    await q.query(`ALTER TABLE search_documents DROP COLUMN visible_to`);
    await q.query(`DROP TABLE vacancy_networks`);
    await q.query(`DROP TABLE network_members`);
    await q.query(`DROP TABLE networks`);
  }
}
