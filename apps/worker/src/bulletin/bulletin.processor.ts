import { Processor, WorkerHost } from '@nestjs/bullmq';
import {
  BulletinClock,
  BulletinError,
  bulletinJobs,
  type ComposeWeekJob,
  ComposeScheduledEditionUseCase,
  ComposeWeekUseCase,
  FanOutEditionUseCase,
  ReconcileDeliveriesUseCase,
  parseWeekKey,
  weekKeyOf,
} from '#libs/bulletin';
import { JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import { type Job, UnrecoverableError } from 'bullmq';

/** Composition, fan-out and reconciliation of the weekly bulletin. */
@Processor(QUEUES.bulletin)
export class BulletinProcessor extends WorkerHost implements JobProcessor {
  constructor(
    private readonly composeWeek: ComposeWeekUseCase,
    private readonly composeScheduled: ComposeScheduledEditionUseCase,
    private readonly fanOut: FanOutEditionUseCase,
    private readonly reconcile: ReconcileDeliveriesUseCase,
    private readonly clock: BulletinClock,
  ) {
    super();
  }

  readonly handlers = JobHandlers.of(QUEUES.bulletin, bulletinJobs, {
    composeWeek: async (payload, job) => {
      const weekKey = this.weekOf(payload, job);
      return { weekKey, areas: await this.composeWeek.execute(weekKey) };
    },
    composeArea: ({ areaId, weekKey }) =>
      this.composeScheduled.execute(areaId, parseWeekKey(weekKey)),
    fanOut: ({ editionId }) => this.fanOut.execute(editionId),
    reconcile: () => this.reconcile.execute(),
  });

  async process(job: Job): Promise<unknown> {
    try {
      return await this.handlers.dispatch(job);
    } catch (error) {
      // A rule of the bulletin said no (a draft cannot be sent, a week key is malformed): retrying
      // would get the same answer.
      if (error instanceof BulletinError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  /**
   * The week a scheduled run was planned for (its `prevMillis`), not the time it happens to run:
   * a run delayed past midnight, or retried, still composes the same week.
   */
  private weekOf(payload: ComposeWeekJob, job: Job) {
    if (payload.weekKey) return parseWeekKey(payload.weekKey);
    return weekKeyOf(new Date(job.opts.prevMillis ?? this.clock.now().getTime()));
  }
}
