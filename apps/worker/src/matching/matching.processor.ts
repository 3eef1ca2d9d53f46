import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import {
  MATCHING_JOBS,
  type RecomputeJobData,
  RecomputeMatchesUseCase,
  SweepMatchesUseCase,
} from '#libs/matching';
import { ExpireProposalsUseCase } from '#libs/pathway';
import { QUEUES } from '#libs/platform';
import type { Job } from 'bullmq';

/**
 * The matching jobs. A recompute reads the candidate or vacancy as it is when the job runs, so the
 * newest data wins however many changes were folded into the job; two runs for one subject never
 * overlap (the deduplication key keeps the later one waiting).
 */
@Processor(QUEUES.matching, { concurrency: 2 })
export class MatchingProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly recompute: RecomputeMatchesUseCase,
    private readonly sweep: SweepMatchesUseCase,
    private readonly expireProposals: ExpireProposalsUseCase,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case MATCHING_JOBS.recompute: {
        const { subjectType, id } = job.data as RecomputeJobData;
        return this.recompute.execute(subjectType, id);
      }
      case MATCHING_JOBS.nightly: {
        const result = await this.sweep.execute('nightly');
        this.logger.log(result, 'abbinamenti: pulizia e ricalcolo notturno avviati');
        return result;
      }
      case MATCHING_JOBS.sweepPending:
        return this.sweep.execute('pendingOnly');
      case MATCHING_JOBS.expireProposals: {
        const result = await this.expireProposals.execute();
        this.logger.log(result, 'proposte scadute');
        return result;
      }
      default:
        throw new Error(`lavoro di abbinamento sconosciuto: ${job.name}`);
    }
  }
}
