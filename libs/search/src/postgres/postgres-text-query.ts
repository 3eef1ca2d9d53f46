import { analyseQuery } from '../italian/query-analysis.js';
import type { SearchIndexName } from '../search-documents.types.js';
import { buildTsQueries } from './postgres-tsquery.js';
import { type Queryable, typoCorrections } from './postgres-vocabulary.js';

/** A text query as tsquery literals, ready to be passed as `$n::tsquery` constants. */
export interface TextQuery {
  match: string;
  exact: string;
}

/**
 * Analyses what was typed, corrects typos against the index's vocabulary and lets PostgreSQL stem
 * the result once. The search statement then receives constant tsqueries: the planner can estimate
 * how many documents match (and pick the right index), and nothing is re-parsed for every row.
 */
export async function prepareTextQuery(
  db: Queryable,
  index: SearchIndexName,
  text: string,
): Promise<TextQuery | null> {
  const analysed = analyseQuery(text);
  if (analysed.clauses.length === 0) return null;
  const corrections = await typoCorrections(db, index, analysed.words);
  const parts = buildTsQueries(analysed, corrections);
  if (!parts) return null;
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const match: string[] = [];
  if (parts.complete) match.push(`to_tsquery('search_italian', ${param(parts.complete)})`);
  if (parts.partial && parts.prefix) {
    match.push(`(to_tsquery('search_italian', ${param(parts.partial)})
                 || to_tsquery('simple', ${param(parts.prefix)}))`);
  }
  const [row] = (await db.query(
    `SELECT (${match.join(' && ')})::text AS match,
            to_tsquery('search_italian', ${param(parts.exact)})::text AS exact`,
    params,
  )) as TextQuery[];
  // Only words PostgreSQL itself ignores were typed: nothing to match, as if nothing was typed.
  return row.match === '' ? null : row;
}
