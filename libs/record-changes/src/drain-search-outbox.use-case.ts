import { Injectable } from '@nestjs/common';
import { type DrainReport, SearchOutbox } from '#libs/search';
import { SEARCH_DOCUMENT_LOADERS } from './search-document.loaders.js';

/** Brings the search index up to date with every change waiting in the outbox. */
@Injectable()
export class DrainSearchOutboxUseCase {
  constructor(private readonly outbox: SearchOutbox) {}

  execute(): Promise<DrainReport> {
    return this.outbox.drainAll({ loadDocuments: SEARCH_DOCUMENT_LOADERS });
  }
}
