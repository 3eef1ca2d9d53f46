import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { Meilisearch } from 'meilisearch';
import { SearchPort } from '../search.port.js';

/** The production search backend, a Meilisearch server. */
@Injectable()
export class MeilisearchSearchAdapter extends SearchPort {
  readonly backend = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(config: AppConfig) {
    super();
    this.client = new Meilisearch({ host: config.MEILI_URL ?? '', apiKey: config.MEILI_API_KEY });
  }

  async health(): Promise<void> {
    const { status } = await this.client.health();
    if (status !== 'available') throw new Error(`stato ${status}`);
  }
}
