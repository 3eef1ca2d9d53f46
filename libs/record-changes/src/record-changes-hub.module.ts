import { Global, Module } from '@nestjs/common';
import { MatchingModule } from '#libs/matching';
import { RecordChanges } from '#libs/platform';
import { SearchModule } from '#libs/search';
import { DrainSearchOutboxUseCase } from './drain-search-outbox.use-case.js';
import { FollowingRecordChanges } from './following-record-changes.js';
import { ReindexUseCase } from './reindex.use-case.js';
import { SearchSourcesRepository } from './search-sources.repository.js';

/**
 * How the search index and the stored matches follow PostgreSQL: the application's RecordChanges,
 * the outbox drain and the rebuild. Imported by the API and the worker instead of RecordChangesModule.
 */
@Global()
@Module({
  imports: [SearchModule, MatchingModule],
  providers: [
    FollowingRecordChanges,
    { provide: RecordChanges, useExisting: FollowingRecordChanges },
    DrainSearchOutboxUseCase,
    SearchSourcesRepository,
    ReindexUseCase,
  ],
  exports: [RecordChanges, DrainSearchOutboxUseCase, ReindexUseCase],
})
export class RecordChangesHubModule {}
