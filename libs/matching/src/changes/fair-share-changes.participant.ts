import { Injectable } from '@nestjs/common';
import { AfterCommit } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { MatchingQueue } from '../jobs/matching-jobs.writer.js';

/**
 * What matching does when proposals change (libs/pathway tells it, inside the transaction of the
 * change): a proposal made, moved on, withdrawn, declined or expired changes the fair share of its
 * vacancy, so every stored list holding the vacancy is rescored, within seconds, once per vacancy
 * however many proposals the transaction touched. Enqueued after the commit: a rolled-back proposal
 * re-ranks nothing. If Redis is away the re-rank is lost, and the lists catch up at the next
 * recomputation of the vacancy (at the latest the nightly sweep of stale lists).
 */
@Injectable()
export class FairShareChanges {
  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly queue: MatchingQueue,
  ) {}

  onProposalsChanged(manager: EntityManager, vacancyIds: readonly string[]): void {
    for (const vacancyId of new Set(vacancyIds)) {
      this.afterCommit.schedule(manager, `fair-share:${vacancyId}`, () =>
        this.queue.requestFairShareRerank([vacancyId]),
      );
    }
  }
}
