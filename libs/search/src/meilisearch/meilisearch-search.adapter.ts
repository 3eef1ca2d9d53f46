import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { Meilisearch, MeilisearchError } from 'meilisearch';
import { withoutStopWords } from '../italian/italian-text.js';
import { indexSchema } from '../index-schemas.js';
import { MATCH_END, MATCH_START } from '../matched-terms.js';
import {
  SEARCH_INDEXES,
  type SearchDocument,
  type SearchIndexName,
} from '../search-documents.types.js';
import { hitDistanceKm } from '../search-document.projection.js';
import type { SearchHit, SearchQuery, SearchResult } from '../search-query.types.js';
import { normaliseQuery, type NormalisedQuery } from '../search-query.normaliser.js';
import { SearchError } from '../search.error.js';
import { SearchPort } from '../search.port.js';
import { fromMeiliHit, SORT_KEY_FIELD, toMeiliDocument } from './meilisearch-documents.js';
import { buildFilter } from './meilisearch-filter.js';
import { MeilisearchIndexes } from './meilisearch-indexes.js';

export interface MeilisearchAdapterOptions {
  /** Prepended to index uids, so that several deployments (or test files) share one server. */
  indexPrefix?: string;
  /** How long to wait for a write to be searchable. */
  taskTimeoutMs?: number;
}

/** The production search backend, a Meilisearch server. */
@Injectable()
export class MeilisearchSearchAdapter extends SearchPort {
  readonly backend = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly indexes: MeilisearchIndexes;

  constructor(config: AppConfig, options: MeilisearchAdapterOptions = {}) {
    super();
    this.client = new Meilisearch({ host: config.MEILI_URL ?? '', apiKey: config.MEILI_API_KEY });
    this.indexes = new MeilisearchIndexes(
      this.client,
      options.indexPrefix ?? 'incrocio',
      options.taskTimeoutMs ?? 60_000,
    );
  }

  async health(): Promise<void> {
    const { status } = await this.client.health();
    if (status !== 'available') throw new Error(`stato ${status}`);
  }

  /** The Meilisearch index uid of an index. */
  uid(index: SearchIndexName): string {
    return this.indexes.uid(index);
  }

  async ensureSettings(): Promise<void> {
    this.indexes.reset();
    await this.guard(async () => {
      for (const index of SEARCH_INDEXES) await this.indexes.ready(index);
    });
  }

  async upsert<I extends SearchIndexName>(
    index: I,
    documents: readonly SearchDocument<I>[],
  ): Promise<void> {
    if (documents.length === 0) return;
    const payload = documents.map((document) => toMeiliDocument(index, document));
    await this.guard(async () => {
      await this.indexes.ready(index);
      await this.indexes.run(
        this.client.index(this.uid(index)).addDocuments(payload, { primaryKey: 'id' }),
      );
    });
  }

  async delete(index: SearchIndexName, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.guard(async () => {
      await this.indexes.ready(index);
      await this.indexes.run(this.client.index(this.uid(index)).deleteDocuments([...ids]));
    });
  }

  async search<I extends SearchIndexName>(
    index: I,
    query: SearchQuery<I>,
  ): Promise<SearchResult<I>> {
    const normalised = normaliseQuery(index, query);
    const facets: Record<string, Record<string, number>> = Object.fromEntries(
      normalised.facets.map((field) => [field, {}]),
    );
    const result = (hits: SearchHit<I>[], total: number): SearchResult<I> => ({
      hits,
      total,
      facets: facets as SearchResult<I>['facets'],
      page: normalised.page,
      pageSize: normalised.pageSize,
    });
    if (normalised.matchesNothing) return result([], 0);

    const response = await this.guard(async () => {
      await this.indexes.ready(index);
      return this.client.index(this.uid(index)).search(withoutStopWords(normalised.text), {
        filter: buildFilter(normalised),
        facets: normalised.facets,
        sort: this.sortOf(index, normalised),
        page: normalised.page,
        hitsPerPage: normalised.pageSize,
        matchingStrategy: 'all',
        locales: ['ita'],
        attributesToHighlight: indexSchema(index).searchable.map(({ field }) => field),
        highlightPreTag: MATCH_START,
        highlightPostTag: MATCH_END,
      });
    });
    for (const field of normalised.facets) {
      Object.assign(facets[field], response.facetDistribution?.[field] ?? {});
    }
    const hits = response.hits.map((raw) => {
      const hit: SearchHit<I> = fromMeiliHit(index, raw);
      const distanceKm = hitDistanceKm(hit.document, normalised.near);
      if (distanceKm !== undefined) hit.distanceKm = distanceKm;
      return hit;
    });
    return result(hits, response.totalHits);
  }

  /**
   * Builds a fresh index beside the live one, then swaps them atomically: searches see the old
   * documents until the new index is complete. The old documents are then dropped.
   */
  async reindex<I extends SearchIndexName>(
    index: I,
    batches: AsyncIterable<readonly SearchDocument<I>[]>,
  ): Promise<{ indexed: number }> {
    const live = this.uid(index);
    const fresh = `${live}_reindex_${Date.now()}`;
    return this.guard(async () => {
      try {
        await this.indexes.prepare(fresh, index);
        let indexed = 0;
        for await (const batch of batches) {
          if (batch.length === 0) continue;
          const payload = batch.map((document) => toMeiliDocument(index, document));
          await this.indexes.run(
            this.client.index(fresh).addDocuments(payload, { primaryKey: 'id' }),
          );
          indexed += batch.length;
        }
        await this.indexes.ensureExists(live);
        await this.indexes.run(
          this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]),
        );
        return { indexed };
      } finally {
        // After the swap it holds the old documents; after a failure, an incomplete copy.
        await this.client.deleteIndex(fresh).catch(() => undefined);
      }
    });
  }

  private sortOf(index: SearchIndexName, query: NormalisedQuery): string[] | undefined {
    switch (query.sort.kind) {
      case 'distance':
        return query.near ? [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`] : undefined;
      case 'field':
        return [`${SORT_KEY_FIELD}:${query.sort.direction}`];
      case 'relevance':
        return query.text
          ? undefined
          : [`${SORT_KEY_FIELD}:${indexSchema(index).defaultDirection}`];
    }
  }

  /** Client errors become SearchError, so that callers and the API see one kind of failure. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof MeilisearchError) throw SearchError.unavailable(error.message);
      throw error;
    }
  }
}
