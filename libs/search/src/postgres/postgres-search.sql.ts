import { boundingBox } from '#libs/kernel';
import { indexSchema } from '../index-schemas.js';
import type { SearchIndexName } from '../search-documents.types.js';
import type { NormalisedQuery } from '../search-query.normaliser.js';
import type { TextQuery } from './postgres-text-query.js';
import { MATCH_END, MATCH_START } from '../matched-terms.js';

/** Metres; the mean Earth radius of the kernel's distanceKm. */
const EARTH_RADIUS_M = 6_371_008.8;

/**
 * One statement answers a search: the matching documents are materialised once, then counted, paged
 * (with ts_headline only on the page) and grouped for facets. Every value is a parameter.
 */
export function buildSearchSql(
  index: SearchIndexName,
  query: NormalisedQuery,
  text: TextQuery | null,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const schema = indexSchema(index);

  const indexName = param(index);
  const organisation = param(query.organisationId);
  // Only vacancies are shared (published to a network); the other indexes keep their plain plans.
  const conditions = [
    `d.index_name = ${indexName}`,
    index === 'vacancies'
      ? `(d.organisation_id = ${organisation} OR d.visible_to @> ARRAY[${organisation}]::uuid[])`
      : `d.organisation_id = ${organisation}`,
  ];
  let rank = '0::real';
  let match = '';
  if (text) {
    match = `${param(text.match)}::tsquery`;
    conditions.push(`d.tsv @@ ${match}`);
    // Exact words first, then the weighted rank of title over skills over description.
    rank = `(ts_rank(d.tsv, ${match})
             + CASE WHEN d.tsv @@ ${param(text.exact)}::tsquery THEN 1 ELSE 0 END)`;
  }
  for (const filter of query.valueFilters) {
    conditions.push(
      `d.facet_values && ${param(filter.values.map((value) => `${filter.field}=${value}`))}::text[]`,
    );
  }
  for (const range of query.rangeFilters) {
    const field = `(d.dates ->> ${param(range.field)})`;
    if (range.from) conditions.push(`${field} >= ${param(range.from)}`);
    if (range.to) conditions.push(`${field} <= ${param(range.to)}`);
  }
  let distance = 'NULL::float8';
  if (query.near) {
    const { lat, lng, radiusKm } = query.near;
    const box = boundingBox({ lat, lng }, radiusKm);
    const [centreLat, centreLng] = [param(lat), param(lng)];
    // Haversine on the same sphere as the kernel's distanceKm, so that the distance filtered on is
    // the distance reported. earthdistance's ll_to_earth checks its domain on every row, which
    // tripled the time of a radius search.
    distance = `(2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(
                   sin(radians(d.lat - ${centreLat}) / 2) ^ 2
                   + cos(radians(${centreLat})) * cos(radians(d.lat))
                     * sin(radians(d.lng - ${centreLng}) / 2) ^ 2))))`;
    // The box uses the (lat, lng) index; the exact distance then trims its corners.
    conditions.push(
      `d.lat BETWEEN ${param(box.minLat)} AND ${param(box.maxLat)}`,
      `d.lng BETWEEN ${param(box.minLng)} AND ${param(box.maxLng)}`,
      `${distance} <= ${param(radiusKm * 1000)}`,
    );
  }

  const natural = schema.defaultDirection === 'desc' ? 'DESC' : 'ASC';
  const order = (alias: string) => {
    switch (query.sort.kind) {
      case 'distance':
        return `${alias}.distance ASC, ${alias}.id`;
      case 'field':
        return `${alias}.sort_key ${query.sort.direction.toUpperCase()} NULLS LAST, ${alias}.id`;
      case 'relevance':
        return `${text ? `${alias}.rank DESC, ` : ''}${alias}.sort_key ${natural} NULLS LAST, ${alias}.id`;
    }
  };
  const limit = param(query.pageSize);
  const offset = param((query.page - 1) * query.pageSize);
  const headline = text
    ? `ts_headline('search_italian', b.search_text, ${match},
         ${param(`HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`)})`
    : 'NULL';
  // One grouping set per facet, each reading the facet's slot of facet_values: a single pass
  // over the matches, without unnesting every array.
  const slots = query.facets.map(
    (field) => `m.facet_values[${(schema.facets as readonly string[]).indexOf(field) + 1}]`,
  );
  const facets =
    slots.length === 0
      ? `'[]'::json`
      : `(SELECT coalesce(json_agg(json_build_array(f.value, f.count)), '[]'::json)
            FROM (SELECT coalesce(${slots.join(', ')}) AS value, count(*)::int AS count
                    FROM matched m
                   GROUP BY GROUPING SETS (${slots.map((slot) => `(${slot})`).join(', ')})) f
           WHERE f.value IS NOT NULL)`;

  const sql = `
    WITH matched AS MATERIALIZED (
      SELECT d.id, d.facet_values, d.sort_key, ${rank} AS rank, ${distance} AS distance
        FROM search_documents d
       WHERE ${conditions.join('\n         AND ')}
    ),
    page AS (
      SELECT * FROM matched p ORDER BY ${order('p')} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT (SELECT count(*)::int FROM matched) AS total,
           (SELECT coalesce(json_agg(json_build_object('document', b.document, 'marked', ${headline})
                                     ORDER BY ${order('p')}), '[]'::json)
              FROM page p
              JOIN search_document_bodies b ON b.index_name = ${indexName} AND b.id = p.id) AS hits,
           ${facets} AS facets`;
  return { sql, params };
}

/** What the Italian stemmer makes of each word ($1): the lexemes an index holds for it. */
export const STEMS_SQL = `
  SELECT w AS word, tsvector_to_array(to_tsvector('search_italian', w)) AS lexemes
    FROM unnest($1::text[]) AS w`;

/** Indexed words close to each typed word ($1 index, $2 words), proposed by pg_trgm. */
export const SIMILAR_TERMS_SQL = `SELECT word, term FROM search_similar_terms($1, $2::text[])`;

/** Adds words to an index's vocabulary ($1 index, $2 terms). */
export const ADD_TERMS_SQL = `
  INSERT INTO search_terms (index_name, term)
  SELECT $1, term FROM unnest($2::text[]) AS term
  ON CONFLICT DO NOTHING`;

/** Deletes documents ($1 index, $2 ids) and returns the text their words came from. */
export const DELETE_DOCUMENTS_SQL = `
  WITH bodies AS (
    SELECT id, search_text FROM search_document_bodies WHERE index_name = $1 AND id = ANY($2::uuid[])
  ), deleted AS (
    DELETE FROM search_documents WHERE index_name = $1 AND id = ANY($2::uuid[]) RETURNING id
  )
  SELECT b.search_text FROM bodies b JOIN deleted USING (id)`;

/**
 * Of the words ($2, each with its exact lexeme or null in $3), those no document of the index ($1)
 * holds any more. The text index finds the documents with a word of the same lexeme; the word
 * itself is then looked for in their text, so "rossi" leaves even while a document says "rosso".
 */
export const UNUSED_TERMS_SQL = `
  SELECT w.term FROM unnest($2::text[], $3::text[]) AS w(term, exact)
   WHERE NOT EXISTS (
     SELECT 1 FROM search_documents d
       JOIN search_document_bodies b USING (index_name, id)
      WHERE d.index_name = $1
        AND d.tsv @@ coalesce(quote_literal(w.exact)::tsquery,
                              plainto_tsquery('search_italian', w.term))
        AND public.unaccent(lower(b.search_text)) ~ ('\\m' || w.term || '\\M'))`;

/** Removes words from the index's vocabulary ($1 index, $2 terms). */
export const REMOVE_TERMS_SQL = `DELETE FROM search_terms WHERE index_name = $1 AND term = ANY($2::text[])`;
