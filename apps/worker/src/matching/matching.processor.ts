import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import {
  matchingJobs,
  RecomputeMatchesUseCase,
  RerankFairShareUseCase,
  SweepMatchesUseCase,
} from '#libs/matching';
import { ExpireProposalsUseCase } from '#libs/pathway';
import { JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import type { Job } from 'bullmq';

/**
 * The matching jobs. A recompute reads the candidate or vacancy as it is when the job runs, so the
 * newest data wins however many changes were folded into the job; two runs for one subject never
 * overlap (the deduplication key keeps the later one waiting).
 */
@Processor(QUEUES.matching, { concurrency: 2 })
export class MatchingProcessor extends WorkerHost implements JobProcessor {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly recompute: RecomputeMatchesUseCase,
    private readonly sweep: SweepMatchesUseCase,
    private readonly expireProposals: ExpireProposalsUseCase,
    private readonly rerank: RerankFairShareUseCase,
  ) {
    super();
  }

  readonly handlers = JobHandlers.of(QUEUES.matching, matchingJobs, {
    recompute: ({ subjectType, id }) => this.recompute.execute(subjectType, id),
    nightly: async () => {
      const result = await this.sweep.execute('nightly');
      this.logger.log(result, 'abbinamenti: pulizia e ricalcolo notturno avviati');
      return result;
    },
    sweepPending: () => this.sweep.execute('pendingOnly'),
    expireProposals: async () => {
      const result = await this.expireProposals.execute();
      this.logger.log(result, 'proposte scadute');
      return result;
    },
    rerankFairShare: ({ vacancyId }) => this.rerank.execute(vacancyId),
  });

  process(job: Job): Promise<unknown> {
    return this.handlers.dispatch(job);
  }
}
