/** SQL of the taxonomy_concepts and taxonomy_terms tables. */

/**
 * Adds concepts ($1 kind, $2 system, $3 codes, $4 labels, $5 parent codes); an existing one is
 * overwritten (`update`) or kept.
 */
export const INSERT_CONCEPTS_SQL = (existing: 'update' | 'keep') => `
  INSERT INTO taxonomy_concepts (kind, code, system, label, parent_code)
  SELECT $1, code, $2, label, parent_code
    FROM unnest($3::text[], $4::text[], $5::text[]) AS r(code, label, parent_code)
  ON CONFLICT (kind, code) ${
    existing === 'update'
      ? `DO UPDATE SET system = EXCLUDED.system, label = EXCLUDED.label, parent_code = EXCLUDED.parent_code`
      : 'DO NOTHING'
  }
  RETURNING code`;

/** Adds terms ($1 kind, $2 codes, $3 normalised terms); existing ones stay. */
export const INSERT_TERMS_SQL = `
  INSERT INTO taxonomy_terms (kind, code, term)
  SELECT $1, code, term FROM unnest($2::text[], $3::text[]) AS t(code, term)
  ON CONFLICT DO NOTHING
  RETURNING term`;

/**
 * Concepts of a kind ($1) with a term containing the typed words, best first: the exact term ($2),
 * then a term starting with them ($3), then a word of a term starting with them ($4), then any
 * term containing them ($5); at most $6.
 */
export const SUGGEST_BY_TERM_SQL = `
  SELECT c.code, c.label, c.system, c.parent_code AS "parentCode",
         (array_agg(t.term ORDER BY t.term = $2 DESC, t.term LIKE $3 DESC, length(t.term)))[1]
           AS "matchedTerm"
    FROM taxonomy_concepts c
    JOIN taxonomy_terms t ON t.kind = c.kind AND t.code = c.code
   WHERE c.kind = $1 AND t.term LIKE $5
   GROUP BY c.kind, c.code
   ORDER BY max(CASE WHEN t.term = $2 THEN 4 WHEN t.term LIKE $3 THEN 3
                     WHEN t.term LIKE $4 THEN 2 ELSE 1 END) DESC, c.label
   LIMIT $6`;
