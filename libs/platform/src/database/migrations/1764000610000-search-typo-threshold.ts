import type { MigrationInterface, QueryRunner } from 'typeorm';

const similarTerms = (threshold: string) => `
  CREATE OR REPLACE FUNCTION search_similar_terms(p_index text, p_words text[])
  RETURNS TABLE (word text, term text)
  LANGUAGE sql STABLE
  SET pg_trgm.similarity_threshold = ${threshold}
  AS $$
    SELECT w.word, t.term
      FROM unnest(p_words) AS w(word)
      JOIN search_terms t ON t.index_name = p_index AND t.term OPERATOR(public.%) w.word
  $$`;

/**
 * Typo candidates: pg_trgm's `%` keeps pairs whose similarity is strictly above the threshold, and a
 * letter swapped in a five-letter word scores exactly 0.2 ("sclae" and "scale"), so 0.2 missed it.
 * The candidates are checked by edit distance afterwards; a lower threshold only costs a few rows.
 */
export class SearchTypoThreshold1764000610000 implements MigrationInterface {
  name = 'SearchTypoThreshold1764000610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(similarTerms('0.19'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(similarTerms('0.2'));
  }
}
