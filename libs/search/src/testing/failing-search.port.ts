import type { SearchDocument, SearchIndexName } from '../search-documents.types.js';
import type { SearchQuery, SearchResult } from '../search-query.types.js';
import { SearchError } from '../search.error.js';
import { SearchPort } from '../search.port.js';

/** A real adapter whose writes fail, as when the search server is down: reads still work. */
export class FailingSearchPort extends SearchPort {
  constructor(private readonly inner: SearchPort) {
    super();
  }

  get backend() {
    return this.inner.backend;
  }

  health(): Promise<void> {
    return this.inner.health();
  }

  ensureSettings(): Promise<void> {
    return this.inner.ensureSettings();
  }

  async upsert(): Promise<void> {
    throw SearchError.unavailable('server di ricerca spento per prova');
  }

  async delete(): Promise<void> {
    throw SearchError.unavailable('server di ricerca spento per prova');
  }

  search<I extends SearchIndexName>(index: I, query: SearchQuery<I>): Promise<SearchResult<I>> {
    return this.inner.search(index, query);
  }

  async reindex<I extends SearchIndexName>(
    _index: I,
    _batches: AsyncIterable<readonly SearchDocument<I>[]>,
  ): Promise<{ indexed: number }> {
    throw SearchError.unavailable('server di ricerca spento per prova');
  }
}
