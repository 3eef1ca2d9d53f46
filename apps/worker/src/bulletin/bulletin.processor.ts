import { Processor, WorkerHost } from '@nestjs/bullmq';
import {
  BULLETIN_JOBS,
  BulletinClock,
  BulletinError,
  type ComposeAreaJob,
  type ComposeWeekJob,
  ComposeWeekUseCase,
  type FanOutJob,
  FanOutEditionUseCase,
  ReconcileDeliveriesUseCase,
  parseWeekKey,
  weekKeyOf,
} from '#libs/bulletin';
import { QUEUES } from '#libs/platform';
import { type Job, UnrecoverableError } from 'bullmq';

/** Composition, fan-out and reconciliation of the weekly bulletin. */
@Processor(QUEUES.bulletin)
export class BulletinProcessor extends WorkerHost {
  constructor(
    private readonly composeWeek: ComposeWeekUseCase,
    private readonly fanOut: FanOutEditionUseCase,
    private readonly reconcile: ReconcileDeliveriesUseCase,
    private readonly clock: BulletinClock,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    try {
      return await this.run(job);
    } catch (error) {
      // A rule of the bulletin said no (a draft cannot be sent, a week key is malformed): retrying
      // would get the same answer.
      if (error instanceof BulletinError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  private async run(job: Job): Promise<unknown> {
    switch (job.name) {
      case BULLETIN_JOBS.composeWeek: {
        const weekKey = this.weekOf(job as Job<ComposeWeekJob>);
        return { weekKey, areas: await this.composeWeek.enqueueAreas(weekKey) };
      }
      case BULLETIN_JOBS.composeArea: {
        const { areaId, weekKey } = job.data as ComposeAreaJob;
        return this.composeWeek.composeArea(areaId, parseWeekKey(weekKey));
      }
      case BULLETIN_JOBS.fanOut:
        return this.fanOut.execute((job.data as FanOutJob).editionId);
      case BULLETIN_JOBS.reconcile:
        return this.reconcile.execute();
      default:
        throw new UnrecoverableError(`lavoro del bollettino sconosciuto: ${job.name}`);
    }
  }

  /**
   * The week a scheduled run was planned for (its `prevMillis`), not the time it happens to run:
   * a run delayed past midnight, or retried, still composes the same week.
   */
  private weekOf(job: Job<ComposeWeekJob>) {
    if (job.data.weekKey) return parseWeekKey(job.data.weekKey);
    return weekKeyOf(new Date(job.opts.prevMillis ?? this.clock.now().getTime()));
  }
}
