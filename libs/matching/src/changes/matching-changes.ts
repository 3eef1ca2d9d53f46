import { Injectable } from '@nestjs/common';
import { AfterCommit, type RecordChange } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { MatchingQueue } from '../jobs/matching-jobs.writer.js';

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
    const column = change.type === 'candidate' ? 'candidate_id' : 'vacancy_id';
    if (change.kind === 'delete') {
      await manager.query(`DELETE FROM matches WHERE ${column} = $1 AND organisation_id = $2`, [
        change.id,
        change.organisationId,
      ]);
    }
    await manager.query(
      `INSERT INTO match_subjects (subject_type, subject_id, organisation_id, requested_at)
       VALUES ($1, $2, $3, clock_timestamp())
       ON CONFLICT (subject_type, subject_id) DO UPDATE SET requested_at = clock_timestamp()`,
      [change.type, change.id, change.organisationId],
    );
    const type = change.type;
    this.afterCommit.schedule(manager, `${type}:${change.id}`, () =>
      this.queue.requestRecompute(type, change.id),
    );
  }
}
