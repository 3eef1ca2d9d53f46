import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { MatchingChanges } from '#libs/matching';
import { AfterCommit, enqueueJob, QUEUES, type RecordChange, RecordChanges } from '#libs/platform';
import { SearchOutbox, type SearchIndexName } from '#libs/search';
import { vacancyIdsOfCompany } from '#libs/vacancies';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { searchSyncJobs } from './search-sync.jobs.js';

const INDEX_OF: Record<RecordChange['type'], SearchIndexName> = {
  vacancy: 'vacancies',
  company: 'companies',
  candidate: 'candidates',
  course: 'courses',
};

/**
 * What follows PostgreSQL when a record changes: the search index (through the outbox, in the same
 * transaction) and the stored matches. After the commit a drain is kicked so the index follows
 * within a second; if Redis is away the outbox waits and the periodic drain catches up.
 */
@Injectable()
export class FollowingRecordChanges extends RecordChanges {
  constructor(
    private readonly outbox: SearchOutbox,
    private readonly matching: MatchingChanges,
    private readonly afterCommit: AfterCommit,
    @InjectQueue(QUEUES.searchSync) private readonly queue: Queue,
  ) {
    super();
  }

  async recorded(manager: EntityManager, change: RecordChange): Promise<void> {
    await this.outbox.enqueue(manager, INDEX_OF[change.type], change.id, change.organisationId);
    if (change.type === 'company') {
      // Vacancy documents carry the company's name.
      const vacancies = await vacancyIdsOfCompany(manager, change.id);
      await this.outbox.enqueueMany(
        manager,
        'vacancies',
        vacancies.map((id) => ({ id, organisationId: change.organisationId })),
      );
    }
    await this.matching.onRecordChanged(manager, change);
    this.afterCommit.schedule(manager, 'search-drain', async () => {
      await enqueueJob(this.queue, searchSyncJobs.drain, {});
    });
  }
}
