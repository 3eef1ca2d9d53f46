import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SearchDocument, SearchIndexName } from '../search-documents.types.js';
import { markedWords } from '../matched-terms.js';
import { markExactWords } from './postgres-lexemes.js';
import { hitDistanceKm } from '../search-document.projection.js';
import type { SearchHit, SearchQuery, SearchResult } from '../search-query.types.js';
import { normaliseQuery, type NormalisedQuery } from '../search-query.normaliser.js';
import { SearchError } from '../search.error.js';
import { SearchPort } from '../search.port.js';
import {
  type SearchRow,
  toSearchRows,
  vocabularyOf,
  vocabularyOfTexts,
} from './postgres-document-rows.js';
import { buildSearchSql, DELETE_DOCUMENTS_SQL } from './postgres-search.sql.js';
import { prepareTextQuery } from './postgres-text-query.js';
import { addVocabulary, pruneVocabulary, type Queryable } from './postgres-vocabulary.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SearchResultRow {
  total: number;
  hits: { document: object; marked: string | null }[];
  facets: [string, number][];
}

/**
 * The embedded search backend, on the PostgreSQL that is already there: Italian full text with
 * unaccent, typo correction against a vocabulary with pg_trgm, the shared synonyms, facets by
 * counting, and distance on a latitude/longitude index.
 */
@Injectable()
export class PostgresSearchAdapter extends SearchPort {
  readonly backend = 'postgres' as const;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async health(): Promise<void> {
    const rows: Array<{ count: string }> = await this.dataSource.query(
      `SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm', 'earthdistance')`,
    );
    if (Number(rows[0]?.count) !== 3) throw new Error('estensioni di ricerca mancanti');
  }

  /** Nothing to configure at run time: the migration made the tables; this checks that it ran. */
  async ensureSettings(): Promise<void> {
    try {
      await this.dataSource.query(
        `SELECT 'search_italian'::regconfig, 'search_documents'::regclass, 'search_terms'::regclass`,
      );
    } catch {
      throw SearchError.unavailable('migrazione della ricerca non eseguita');
    }
  }

  async upsert<I extends SearchIndexName>(
    index: I,
    documents: readonly SearchDocument<I>[],
  ): Promise<void> {
    if (documents.length === 0) return;
    const rows = toSearchRows(index, documents);
    await this.dataSource.transaction((manager) => this.write(manager, index, rows));
  }

  async delete(index: SearchIndexName, ids: readonly string[]): Promise<void> {
    const keys = ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
    if (keys.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const removed = (await manager.query(DELETE_DOCUMENTS_SQL, [index, keys])) as {
        search_text: string;
      }[];
      await pruneVocabulary(manager, index, vocabularyOfTexts(removed.map((r) => r.search_text)));
    });
  }

  async search<I extends SearchIndexName>(
    index: I,
    query: SearchQuery<I>,
  ): Promise<SearchResult<I>> {
    const normalised = normaliseQuery(index, query);
    if (normalised.matchesNothing) return emptyResult(normalised);
    const text = await prepareTextQuery(this.dataSource, index, normalised.text);
    const { sql, params } = buildSearchSql(index, normalised, text);
    const [row] = (await this.dataSource.query(sql, params)) as SearchResultRow[];
    const facets: Record<string, Record<string, number>> = Object.fromEntries(
      normalised.facets.map((field) => [field, {}]),
    );
    for (const [entry, count] of row.facets) {
      const split = entry.indexOf('=');
      facets[entry.slice(0, split)][entry.slice(split + 1)] = count;
    }
    const hits = row.hits.map(({ document, marked }) => {
      const hit: SearchHit<I> = {
        document: document as SearchDocument<I>,
        matchedTerms: markedWords([markExactWords(marked, text?.exactLexemes)]),
      };
      const distanceKm = hitDistanceKm(document, normalised.near);
      if (distanceKm !== undefined) hit.distanceKm = distanceKm;
      return hit;
    });
    return {
      hits,
      total: row.total,
      facets: facets as SearchResult<I>['facets'],
      page: normalised.page,
      pageSize: normalised.pageSize,
    };
  }

  /** In one transaction: searches see the old documents until the new ones are all in. */
  async reindex<I extends SearchIndexName>(
    index: I,
    batches: AsyncIterable<readonly SearchDocument<I>[]>,
  ): Promise<{ indexed: number }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM search_documents WHERE index_name = $1`, [index]);
      await manager.query(`DELETE FROM search_terms WHERE index_name = $1`, [index]);
      let indexed = 0;
      for await (const batch of batches) {
        const rows = toSearchRows(index, batch);
        await this.write(manager, index, rows);
        indexed += rows.length;
      }
      return { indexed };
    });
  }

  private async write(db: Queryable, index: SearchIndexName, rows: SearchRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO search_documents AS d
         (index_name, id, organisation_id, visible_to, tsv, facet_values, dates, sort_key, lat, lng, indexed_at)
       SELECT $1, r.id, r.organisation_id, r.visible_to,
              setweight(to_tsvector('search_italian', r.text_a) || r.exact_a::tsvector, 'A') ||
              setweight(to_tsvector('search_italian', r.text_b) || r.exact_b::tsvector, 'B') ||
              setweight(to_tsvector('search_italian', r.text_c) || r.exact_c::tsvector, 'C') ||
              setweight(to_tsvector('search_italian', r.text_d) || r.exact_d::tsvector, 'D'),
              r.facet_values, r.dates, r.sort_key, r.lat, r.lng, now()
         FROM jsonb_to_recordset($2::jsonb) AS r(
                id uuid, organisation_id uuid, visible_to uuid[], text_a text, text_b text, text_c text, text_d text,
                exact_a text, exact_b text, exact_c text, exact_d text,
                facet_values text[], dates jsonb, sort_key text, lat float8, lng float8)
       ON CONFLICT (index_name, id) DO UPDATE SET
         organisation_id = excluded.organisation_id, visible_to = excluded.visible_to, tsv = excluded.tsv,
         facet_values = excluded.facet_values, dates = excluded.dates, sort_key = excluded.sort_key,
         lat = excluded.lat, lng = excluded.lng, indexed_at = now()`,
      [index, JSON.stringify(rows.map(({ document: _d, search_text: _s, ...row }) => row))],
    );
    await db.query(
      `INSERT INTO search_document_bodies (index_name, id, document, search_text)
       SELECT $1, r.id, r.document, r.search_text
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, document jsonb, search_text text)
       ON CONFLICT (index_name, id) DO UPDATE SET
         document = excluded.document, search_text = excluded.search_text`,
      [
        index,
        JSON.stringify(
          rows.map(({ id, document, search_text }) => ({ id, document, search_text })),
        ),
      ],
    );
    await addVocabulary(db, index, vocabularyOf(rows));
  }
}

function emptyResult<I extends SearchIndexName>(query: NormalisedQuery): SearchResult<I> {
  return {
    hits: [],
    total: 0,
    facets: Object.fromEntries(
      query.facets.map((field) => [field, {}]),
    ) as SearchResult<I>['facets'],
    page: query.page,
    pageSize: query.pageSize,
  };
}
