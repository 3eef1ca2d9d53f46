import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded search backend and the search outbox. PostgreSQL is the source of truth: domain code
 * writes an outbox row in its own transaction, a worker drains it into whichever backend is
 * configured. The extensions (unaccent, pg_trgm) live in `public`.
 */
export class Search1764000100000 implements MigrationInterface {
  name = 'Search1764000100000';

  async up(q: QueryRunner): Promise<void> {
    // Italian stemming after accent folding, so that "caffe" and "caffè" are the same word.
    await q.query(`CREATE TEXT SEARCH CONFIGURATION search_italian (COPY = pg_catalog.italian)`);
    await q.query(`
      ALTER TEXT SEARCH CONFIGURATION search_italian
        ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.italian_stem`);

    // What a search reads for every candidate row, kept narrow so that the whole table stays in
    // shared buffers: the text vector, facet values, dates, sort key and position.
    await q.query(`
      CREATE TABLE search_documents (
        index_name text NOT NULL CHECK (index_name IN ('vacancies','companies','courses','candidates')),
        id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        tsv tsvector NOT NULL,
        facet_values text[] NOT NULL DEFAULT '{}',
        dates jsonb NOT NULL DEFAULT '{}',
        sort_key text,
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lng double precision CHECK (lng BETWEEN -180 AND 180),
        indexed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (index_name, id)
      ) WITH (parallel_workers = 0)`);
    // No parallel scans: starting workers costs more than a search of a few thousand rows takes.
    await q.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await q.query(
      `CREATE INDEX search_documents_facets_idx ON search_documents USING gin (facet_values)`,
    );
    // A plain btree on the coordinates: the planner estimates a latitude/longitude box from
    // statistics and combines it with the text index; it has no estimate for a cube GiST box and
    // then scans every document in the box.
    await q.query(`CREATE INDEX search_documents_position_idx ON search_documents (lat, lng)`);
    await q.query(
      `CREATE INDEX search_documents_org_sort_idx ON search_documents (index_name, organisation_id, sort_key)`,
    );
    // What only the page of results needs: the document as returned, and its text for ts_headline.
    await q.query(`
      CREATE TABLE search_document_bodies (
        index_name text NOT NULL,
        id uuid NOT NULL,
        document jsonb NOT NULL,
        search_text text NOT NULL,
        PRIMARY KEY (index_name, id),
        FOREIGN KEY (index_name, id) REFERENCES search_documents (index_name, id) ON DELETE CASCADE
      )`);

    // The words of each index, to correct misspelt query words against (typo tolerance).
    await q.query(`
      CREATE TABLE search_terms (
        index_name text NOT NULL,
        term text NOT NULL,
        PRIMARY KEY (index_name, term)
      )`);
    await q.query(
      `CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (term public.gin_trgm_ops)`,
    );
    // The trigram threshold is lowered only inside this function: 0.3, the default, misses one typo
    // in a five-letter word ("notte"/"note"), and the candidates are checked by edit distance anyway.
    await q.query(`
      CREATE FUNCTION search_similar_terms(p_index text, p_words text[])
      RETURNS TABLE (word text, term text)
      LANGUAGE sql STABLE
      SET pg_trgm.similarity_threshold = 0.2
      AS $$
        SELECT w.word, t.term
          FROM unnest(p_words) AS w(word)
          JOIN search_terms t ON t.index_name = p_index AND t.term OPERATOR(public.%) w.word
      $$`);

    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        index_name text NOT NULL CHECK (index_name IN ('vacancies','companies','courses','candidates')),
        record_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_outbox_record_idx ON search_outbox (index_name, record_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_outbox`);
    await q.query(`DROP FUNCTION search_similar_terms(text, text[])`);
    await q.query(`DROP TABLE search_terms`);
    await q.query(`DROP TABLE search_document_bodies`);
    await q.query(`DROP TABLE search_documents`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION search_italian`);
  }
}
