/**
 * The one search port the rest of Incrocio uses. Two adapters implement it: PostgreSQL (the embedded
 * default) and Meilisearch (production). Nest injects the adapter chosen by SEARCH_BACKEND.
 */
export abstract class SearchPort {
  abstract readonly backend: 'postgres' | 'meilisearch';

  /** Resolves when the backend answers; rejects with a reason otherwise. */
  abstract health(): Promise<void>;
}
