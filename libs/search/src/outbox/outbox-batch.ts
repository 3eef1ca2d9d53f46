import type { SearchIndexName } from '../search-documents.types.js';

export interface OutboxRow {
  id: string;
  index_name: SearchIndexName;
  record_id: string;
}

/**
 * Collapses a batch of outbox rows to the distinct records of each index, in first-seen order: ten
 * edits of one vacancy become one read and one write of its current state.
 */
export function collapseOutboxRows(rows: readonly OutboxRow[]): Map<SearchIndexName, string[]> {
  const byIndex = new Map<SearchIndexName, Set<string>>();
  for (const row of rows) {
    const ids = byIndex.get(row.index_name) ?? new Set<string>();
    ids.add(row.record_id);
    byIndex.set(row.index_name, ids);
  }
  return new Map([...byIndex].map(([index, ids]) => [index, [...ids]]));
}
