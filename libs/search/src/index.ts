export * from './index-schemas.js';
export * from './italian/italian-stop-words.js';
export * from './italian/italian-synonyms.js';
export * from './italian/italian-text.js';
export * from './meilisearch/meilisearch-search.adapter.js';
export * from './meilisearch/meilisearch-tenant-token.js';
export * from './outbox/search-outbox.service.js';
export * from './postgres/postgres-search.adapter.js';
export * from './search-documents.types.js';
export * from './search-query.types.js';
export * from './search.error.js';
export * from './search.module.js';
export * from './search.port.js';

export {
  runSearchBenchmark,
  type SearchBenchmarkOptions,
  type SearchBenchmarkReport,
} from './bench/search.bench.js';
