import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DrainSearchOutboxUseCase, ReindexUseCase, searchSyncJobs } from '#libs/record-changes';
import { JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import type { Job } from 'bullmq';

/**
 * Keeps the search index in step with PostgreSQL. A drain that fails (the search backend is down)
 * leaves the outbox as it was and is retried with backoff; nothing is lost, nothing is indexed twice
 * (documents are replaced by id).
 */
@Processor(QUEUES.searchSync, { concurrency: 1 })
export class SearchSyncProcessor extends WorkerHost implements JobProcessor {
  private readonly logger = new Logger(SearchSyncProcessor.name);

  constructor(
    private readonly drain: DrainSearchOutboxUseCase,
    private readonly reindex: ReindexUseCase,
  ) {
    super();
  }

  readonly handlers = JobHandlers.of(QUEUES.searchSync, searchSyncJobs, {
    drain: async () => {
      const report = await this.drain.execute();
      if (report.drained > 0) this.logger.log(report, 'indice di ricerca aggiornato');
      return report;
    },
    reconcile: async () => {
      await this.drain.execute();
      return this.reindex.execute();
    },
  });

  process(job: Job): Promise<unknown> {
    return this.handlers.dispatch(job);
  }
}
