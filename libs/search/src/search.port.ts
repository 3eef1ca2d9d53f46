import type { SearchDocument, SearchIndexName } from './search-documents.types.js';
import type { SearchQuery, SearchResult } from './search-query.types.js';

/**
 * The one search port the rest of Incrocio uses. Two adapters implement it: PostgreSQL (the embedded
 * default) and Meilisearch (production). Nest injects the adapter chosen by SEARCH_BACKEND.
 *
 * PostgreSQL stays the source of truth: domain code never calls `upsert`/`delete` directly but
 * enqueues a change in the search outbox inside its own transaction (see SearchOutbox).
 */
export abstract class SearchPort {
  abstract readonly backend: 'postgres' | 'meilisearch';

  /** Resolves when the backend answers; rejects with a reason otherwise. */
  abstract health(): Promise<void>;

  /** At start-up: creates the indexes and applies their settings where they differ. */
  abstract ensureSettings(): Promise<void>;

  /**
   * Adds or replaces documents by id; resolves only once they are searchable. Idempotent: sending the
   * same documents again leaves the index as it was.
   */
  abstract upsert<I extends SearchIndexName>(
    index: I,
    documents: readonly SearchDocument<I>[],
  ): Promise<void>;

  /** Removes documents by id; unknown ids are ignored. Resolves once the removal is visible. */
  abstract delete(index: SearchIndexName, ids: readonly string[]): Promise<void>;

  /** Always filtered by `query.organisationId`. Rejects a malformed query with SearchError. */
  abstract search<I extends SearchIndexName>(
    index: I,
    query: SearchQuery<I>,
  ): Promise<SearchResult<I>>;

  /**
   * Replaces the whole index with the documents given, batch by batch. Searches see the old index
   * until the new one is complete, then all of it at once.
   */
  abstract reindex<I extends SearchIndexName>(
    index: I,
    batches: AsyncIterable<readonly SearchDocument<I>[]>,
  ): Promise<{ indexed: number }>;
}
