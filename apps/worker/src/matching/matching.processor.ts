import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import {
  matchingJobs,
  PeopleIndexLoader,
  PushVacancyToPeopleUseCase,
  RecomputeMatchesUseCase,
  RefreshCandidateListsUseCase,
  RerankFairShareUseCase,
  SweepMatchesUseCase,
  VacancyIndexLoader,
} from '#libs/matching';
import { ExpireProposalsUseCase } from '#libs/pathway';
import { JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import type { Job } from 'bullmq';

/**
 * The matching jobs. A person's list is computed from this process's in-memory index of open
 * vacancies, a vacancy's from its in-memory index of active people (each refreshed at once with the
 * record its job recomputes); a vacancy's recompute first refreshes the vacancy index with it, then
 * puts it in the list of every person in its reach whose list it beats. A full refresh is cut into
 * partition jobs that any number of worker processes share, each run once (see README, "Worker
 * processes"). A recompute reads the candidate or vacancy as it is when the job runs, so the newest
 * data wins however many changes were folded into the job; two runs for one subject never overlap
 * (the deduplication key keeps the later one waiting).
 */
@Processor(QUEUES.matching, { concurrency: 2 })
export class MatchingProcessor extends WorkerHost implements JobProcessor {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly recompute: RecomputeMatchesUseCase,
    private readonly refresh: RefreshCandidateListsUseCase,
    private readonly vacancyIndex: VacancyIndexLoader,
    private readonly peopleIndex: PeopleIndexLoader,
    private readonly push: PushVacancyToPeopleUseCase,
    private readonly sweep: SweepMatchesUseCase,
    private readonly expireProposals: ExpireProposalsUseCase,
    private readonly rerank: RerankFairShareUseCase,
  ) {
    super();
  }

  readonly handlers = JobHandlers.of(QUEUES.matching, matchingJobs, {
    recompute: async ({ subjectType, id }) => {
      if (subjectType === 'candidate') {
        await this.peopleIndex.refresh([id]);
        return this.refresh.execute([id]);
      }
      await this.vacancyIndex.refresh([id]);
      const result = await this.recompute.execute(subjectType, id);
      return { ...result, pushed: await this.push.execute(id) };
    },
    refreshPartition: async ({ partition, partitions }) => {
      const result = await this.refresh.executePartition(partition, partitions);
      this.logger.log({ partition, partitions, ...result }, 'abbinamenti: partizione ricalcolata');
      return result;
    },
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
    rerankFairShare: async ({ vacancyId }) => {
      // The vacancy's proposals in play changed: the index's fair share follows at once here.
      await this.vacancyIndex.refresh([vacancyId]);
      return this.rerank.execute(vacancyId);
    },
  });

  process(job: Job): Promise<unknown> {
    return this.handlers.dispatch(job);
  }
}
