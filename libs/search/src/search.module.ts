import { Global, Module } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { DataSource } from 'typeorm';
import { MeilisearchSearchAdapter } from './meilisearch/meilisearch-search.adapter.js';
import { PostgresSearchAdapter } from './postgres/postgres-search.adapter.js';
import { SearchPort } from './search.port.js';

@Global()
@Module({
  providers: [
    {
      provide: SearchPort,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        config.searchBackend === 'meilisearch'
          ? new MeilisearchSearchAdapter(config)
          : new PostgresSearchAdapter(dataSource),
    },
  ],
  exports: [SearchPort],
})
export class SearchModule {}
