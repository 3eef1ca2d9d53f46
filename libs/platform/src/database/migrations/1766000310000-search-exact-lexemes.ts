import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded search index now holds stop words and the word families of
 * libs/search/src/italian/italian-word-families.ts as exact lexemes, beside the Italian stems
 * ("casse" no longer shares "cass" with "cassiere"). The text vectors are built by the application,
 * so every indexed document is queued for the worker to rebuild; until it is rebuilt, a document is
 * found by its other words only. (With Meilisearch this table is empty: its settings change is
 * applied at start-up.)
 */
export class SearchExactLexemes1766000310000 implements MigrationInterface {
  name = 'SearchExactLexemes1766000310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO search_outbox (index_name, record_id, organisation_id)
      SELECT index_name, id, organisation_id FROM search_documents`);
  }

  async down(): Promise<void> {
    // The rows stay; `npm run cli -- reindex` rebuilds them for the code of the previous release.
  }
}
