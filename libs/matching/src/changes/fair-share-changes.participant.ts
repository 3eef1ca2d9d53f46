import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AfterCommit } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { MatchingQueue } from '../jobs/matching-jobs.writer.js';
import { MatchesRepository } from '../store/matches.repository.js';

/**
 * What matching does when proposals change (libs/pathway tells it, inside the transaction of the
 * change): a proposal made, moved on, withdrawn, declined or expired changes the fair share of its
 * vacancy, so every stored list holding the vacancy is rescored within seconds, once per vacancy
 * however many proposals the transaction touched. Enqueued after the commit: a rolled-back proposal
 * re-ranks nothing. If Redis is away the enqueue fails and a recomputation of the vacancy is
 * requested in PostgreSQL instead (match_subjects): the sweep enqueues it once Redis is back, and a
 * recomputation rescores every stored pair of the vacancy too.
 */
@Injectable()
export class FairShareChanges {
  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly queue: MatchingQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onProposalsChanged(
    manager: EntityManager,
    organisationId: string,
    vacancyIds: readonly string[],
  ): void {
    for (const id of new Set(vacancyIds)) {
      this.afterCommit.schedule(manager, `fair-share:${id}`, async () => {
        try {
          await this.queue.requestFairShareRerank([id]);
        } catch (error) {
          const matches = new MatchesRepository(this.dataSource);
          await matches.requestRecompute({ type: 'vacancy', id, organisationId });
          throw error;
        }
      });
    }
  }
}
