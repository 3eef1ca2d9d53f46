import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SEARCH_INDEXES,
  type SearchDocument,
  type SearchIndexName,
  SearchPort,
} from '#libs/search';
import { DataSource } from 'typeorm';
import { SEARCH_DOCUMENT_LOADERS, SOURCE_TABLES } from './search-document.loaders.js';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchPort,
  ) {}

  async execute(
    indexes: readonly SearchIndexName[] = SEARCH_INDEXES,
  ): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const index of indexes) {
      const [{ started }] = await this.dataSource.query(`SELECT clock_timestamp() AS started`);
      const { indexed } = await this.search.reindex(index, this.documents(index));
      await this.dataSource.query(
        `INSERT INTO search_outbox (index_name, record_id, organisation_id)
         SELECT $1, id, organisation_id FROM ${SOURCE_TABLES[index]} WHERE updated_at >= $2`,
        [index, started],
      );
      counts[index] = indexed;
      this.logger.log({ index, indexed }, 'indice ricostruito');
    }
    return counts;
  }

  private async *documents<I extends SearchIndexName>(
    index: I,
  ): AsyncIterable<SearchDocument<I>[]> {
    const load = SEARCH_DOCUMENT_LOADERS[index]!;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM ${SOURCE_TABLES[index]} WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      );
      if (rows.length === 0) return;
      after = rows[rows.length - 1].id;
      const loaded = await load(
        rows.map((row) => row.id),
        this.dataSource.manager,
      );
      yield [...loaded.values()].filter(
        (doc): doc is SearchDocument<I> => doc !== null,
      ) as SearchDocument<I>[];
    }
  }
}
