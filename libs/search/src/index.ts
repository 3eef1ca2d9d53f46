export * from './meilisearch/meilisearch-search.adapter.js';
export * from './postgres/postgres-search.adapter.js';
export * from './search.module.js';
export * from './search.port.js';
