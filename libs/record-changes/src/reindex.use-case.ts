import { Injectable, Logger } from '@nestjs/common';
import {
  SEARCH_INDEXES,
  type SearchDocument,
  type SearchIndexName,
  SearchOutbox,
  SearchPort,
} from '#libs/search';
import { SearchSourcesRepository } from './search-sources.repository.js';

const BATCH = 1000;

/**
 * Rebuilds indexes from PostgreSQL (the nightly reconciliation and the `reindex` command). A change
 * drained into the old index while the new one is built (Meilisearch swaps them at the end) would be
 * lost with it, so every record changed since the rebuild began goes through the outbox again.
 */
@Injectable()
export class ReindexUseCase {
  private readonly logger = new Logger(ReindexUseCase.name);

  constructor(
    private readonly sources: SearchSourcesRepository,
    private readonly outbox: SearchOutbox,
    private readonly search: SearchPort,
  ) {}

  async execute(
    indexes: readonly SearchIndexName[] = SEARCH_INDEXES,
  ): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const index of indexes) {
      const started = await this.sources.clock();
      const { indexed } = await this.search.reindex(index, this.documents(index));
      await this.outbox.enqueueManyNow(index, await this.sources.changedSince(index, started));
      counts[index] = indexed;
      this.logger.log({ index, indexed }, 'indice ricostruito');
    }
    return counts;
  }

  private async *documents<I extends SearchIndexName>(
    index: I,
  ): AsyncIterable<SearchDocument<I>[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await this.sources.idsAfter(index, after, BATCH);
      if (ids.length === 0) return;
      after = ids[ids.length - 1];
      const loaded = await this.sources.documents(index, ids);
      yield [...loaded.values()].filter(
        (doc): doc is SearchDocument<I> => doc !== null,
      ) as SearchDocument<I>[];
    }
  }
}
