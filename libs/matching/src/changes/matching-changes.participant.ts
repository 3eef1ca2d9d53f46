import { Injectable } from '@nestjs/common';
import { AfterCommit, type RecordChange } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { MatchingQueue } from '../jobs/matching-jobs.writer.js';
import { MatchesRepository } from '../store/matches.repository.js';

/**
 * What matching does when a candidate or a vacancy is created, changed, archived or erased. Called by
 * the application's RecordChanges inside the transaction of the change: it writes only to the
 * database there (the request, and for a removal the deletion of the stored matches, so an archived
 * vacancy leaves every list in the same commit) and enqueues the recomputation after the commit.
 */
@Injectable()
export class MatchingChanges {
  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly queue: MatchingQueue,
  ) {}

  async onRecordChanged(manager: EntityManager, change: RecordChange): Promise<void> {
    if (change.type !== 'candidate' && change.type !== 'vacancy') return;
    const type = change.type;
    const subject = { type, id: change.id, organisationId: change.organisationId };
    const matches = new MatchesRepository(manager);
    if (change.kind === 'delete') await matches.deleteSubjectPairs(subject);
    await matches.requestRecompute(subject);
    this.afterCommit.schedule(manager, `${type}:${change.id}`, () =>
      this.queue.requestRecompute(type, change.id),
    );
  }
}
