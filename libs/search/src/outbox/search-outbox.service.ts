import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SearchDocument, SearchIndexName } from '../search-documents.types.js';
import { SearchError } from '../search.error.js';
import { SearchPort } from '../search.port.js';
import { collapseOutboxRows, type OutboxRow } from './outbox-batch.js';
import { CLAIM_SQL, DELETE_SQL, ENQUEUE_SQL, PENDING_SQL } from './search-outbox.sql.js';

/**
 * Reads the current state of records for the index, by id. `null` (or an id left out of the map)
 * means the record no longer belongs in the index: deleted, archived, closed.
 */
export type SearchDocumentLoaders = {
  [I in SearchIndexName]?: (
    ids: readonly string[],
    manager: EntityManager,
  ) => Promise<ReadonlyMap<string, SearchDocument<I> | null>>;
};

export interface DrainOptions {
  /** Outbox rows taken per transaction. */
  batchSize?: number;
  loadDocuments: SearchDocumentLoaders;
}

export interface DrainReport {
  /** Outbox rows removed. */
  drained: number;
  /** Distinct records synchronised. */
  records: number;
  upserted: number;
  deleted: number;
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * The search outbox. Domain code enqueues a change in the same transaction as the change itself; the
 * worker drains it into the search backend. A row leaves the outbox only after the backend accepted
 * the write, so a backend that is down only delays the changes.
 */
@Injectable()
export class SearchOutbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchPort,
  ) {}

  /** Call inside the transaction that changes the record, with its manager. */
  async enqueue(
    manager: EntityManager,
    index: SearchIndexName,
    recordId: string,
    organisationId: string,
  ): Promise<void> {
    await this.enqueueMany(manager, index, [{ id: recordId, organisationId }]);
  }

  async enqueueMany(
    manager: EntityManager,
    index: SearchIndexName,
    records: readonly { id: string; organisationId: string }[],
  ): Promise<void> {
    if (records.length === 0) return;
    await manager.query(ENQUEUE_SQL, [
      index,
      records.map((r) => r.id),
      records.map((r) => r.organisationId),
    ]);
  }

  /** Outside any transaction: the records changed while an index was rebuilt. */
  enqueueManyNow(
    index: SearchIndexName,
    records: readonly { id: string; organisationId: string }[],
  ): Promise<void> {
    return this.enqueueMany(this.dataSource.manager, index, records);
  }

  async pending(): Promise<number> {
    const [row] = (await this.dataSource.query(PENDING_SQL)) as { count: number }[];
    return row.count;
  }

  /** One batch, in one transaction. Rejects, leaving the rows in place, if the backend fails. */
  async drain(options: DrainOptions): Promise<DrainReport> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.claim(manager, options.batchSize ?? DEFAULT_BATCH_SIZE);
      const report: DrainReport = { drained: 0, records: 0, upserted: 0, deleted: 0 };
      for (const [index, ids] of collapseOutboxRows(rows)) {
        const load = options.loadDocuments[index];
        if (!load) throw SearchError.missingLoader(index);
        const current = await load(ids, manager);
        const documents = ids.flatMap((id) => current.get(id) ?? []);
        const gone = ids.filter((id) => !current.get(id));
        await this.search.upsert(index, documents);
        await this.search.delete(index, gone);
        report.records += ids.length;
        report.upserted += documents.length;
        report.deleted += gone.length;
      }
      if (rows.length > 0) {
        await manager.query(DELETE_SQL, [rows.map((row) => row.id)]);
      }
      report.drained = rows.length;
      return report;
    });
  }

  /** Batch after batch until the outbox is empty (or holds only records another drainer has). */
  async drainAll(options: DrainOptions): Promise<DrainReport> {
    const total: DrainReport = { drained: 0, records: 0, upserted: 0, deleted: 0 };
    for (;;) {
      const report = await this.drain(options);
      if (report.drained === 0) return total;
      total.drained += report.drained;
      total.records += report.records;
      total.upserted += report.upserted;
      total.deleted += report.deleted;
    }
  }

  /**
   * Takes the oldest rows no other drainer holds (SKIP LOCKED), then, per record, an advisory lock
   * and every other pending row of that record. Two drainers therefore never sync the same record at
   * once, so an older read cannot overwrite a newer one in the index; a record whose lock is taken is
   * left for the next run.
   */
  private async claim(manager: EntityManager, batchSize: number): Promise<OutboxRow[]> {
    return (await manager.query(CLAIM_SQL, [batchSize])) as OutboxRow[];
  }
}
