import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SearchDocument, SearchIndexName } from '#libs/search';
import { DataSource } from 'typeorm';
import { SEARCH_DOCUMENT_LOADERS, SOURCE_TABLES } from './search-document.loaders.js';
import { CHANGED_SINCE_SQL, CLOCK_SQL, IDS_AFTER_SQL } from './search-sources.sql.js';

/**
 * What the rebuild reads of the records behind each index (read only: vacancies, companies,
 * candidates, bulletin contents, through the document projections of this hub).
 */
@Injectable()
export class SearchSourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The database's clock now: records with a later updated_at changed after this moment. */
  async clock(): Promise<Date> {
    const [{ started }]: Array<{ started: Date }> = await this.dataSource.query(CLOCK_SQL);
    return started;
  }

  async idsAfter(index: SearchIndexName, after: string, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      IDS_AFTER_SQL(SOURCE_TABLES[index]),
      [after, limit],
    );
    return rows.map((row) => row.id);
  }

  changedSince(
    index: SearchIndexName,
    since: Date,
  ): Promise<Array<{ id: string; organisationId: string }>> {
    return this.dataSource.query(CHANGED_SINCE_SQL(SOURCE_TABLES[index]), [since]);
  }

  /** The current documents of some records; null for those that do not belong in the index. */
  documents<I extends SearchIndexName>(
    index: I,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, SearchDocument<I> | null>> {
    const load = SEARCH_DOCUMENT_LOADERS[index]!;
    return load(ids, this.dataSource.manager);
  }
}
