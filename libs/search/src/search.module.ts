import { Global, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { DataSource } from 'typeorm';
import { MeilisearchSearchAdapter } from './meilisearch/meilisearch-search.adapter.js';
import { SearchOutbox } from './outbox/search-outbox.service.js';
import { PostgresSearchAdapter } from './postgres/postgres-search.adapter.js';
import { SearchPort } from './search.port.js';

/**
 * Applies the index settings at start-up. A search backend that is down must not stop the API or the
 * worker from starting: changes wait in the outbox, and the next start (or `reindex`) applies them.
 */
@Injectable()
export class SearchSettingsBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Search');

  constructor(private readonly search: SearchPort) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.search.ensureSettings();
    } catch (error) {
      this.logger.warn(
        `Impostazioni di ricerca (${this.search.backend}) non applicate: ${(error as Error).message}`,
      );
    }
  }
}

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
    {
      provide: SearchOutbox,
      inject: [DataSource, SearchPort],
      useFactory: (dataSource: DataSource, search: SearchPort) =>
        new SearchOutbox(dataSource, search),
    },
    SearchSettingsBootstrap,
  ],
  exports: [SearchPort, SearchOutbox],
})
export class SearchModule {}
