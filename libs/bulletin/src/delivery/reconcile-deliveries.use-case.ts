import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { bulletinJobIds } from './bulletin.jobs.js';
import { BulletinQueues } from './bulletin-jobs.writer.js';
import { DeliveriesRepository } from './deliveries.repository.js';

export interface ReconcileReport {
  /** Claimed by a worker that vanished before the end of the data: sent again by a new job. */
  retaken: number;
  /** Vanished after the gate: the server may have the message, so it is never sent again. */
  uncertain: number;
  /** Queued long ago with no job left in the queue (lost with Redis, say): enqueued again. */
  requeued: number;
}

/** Jobs in these states will still run; any other state (or none) means the job is gone. */
const LIVE_JOB_STATES = new Set([
  'waiting',
  'delayed',
  'prioritized',
  'waiting-children',
  'active',
]);
const LOST_JOB_MINUTES = 15;
const BATCH = 500;

/**
 * Finds deliveries left behind by a worker that was killed or lost its connections, after the
 * lease (BULLETIN_SEND_LEASE_SECONDS) has run out. Taking a row back bumps its generation, so the
 * old job, if it ever runs, can no longer claim it.
 */
@Injectable()
export class ReconcileDeliveriesUseCase {
  private readonly logger = new Logger(ReconcileDeliveriesUseCase.name);

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly queues: BulletinQueues,
    private readonly config: AppConfig,
  ) {}

  async execute(): Promise<ReconcileReport> {
    const lease = this.config.BULLETIN_SEND_LEASE_SECONDS;
    const retaken = await this.deliveries.retakeUnsubmitted(lease);
    await this.queues.sendEditions(retaken);

    const uncertain = await this.deliveries.markUncertain(lease);

    const requeued = await this.requeueLostJobs();
    const report = { retaken: retaken.length, uncertain, requeued };
    if (report.retaken + report.uncertain + report.requeued > 0) {
      this.logger.warn(report, 'consegne riprese dopo un arresto');
    }
    return report;
  }

  private async requeueLostJobs(): Promise<number> {
    const old = await this.deliveries.queuedLongAgo(LOST_JOB_MINUTES, BATCH);
    const lost: string[] = [];
    for (const { deliveryId, generation } of old) {
      const state = await this.queues.delivery.getJobState(
        bulletinJobIds.delivery(deliveryId, generation),
      );
      if (!LIVE_JOB_STATES.has(state)) lost.push(deliveryId);
    }
    if (lost.length === 0) return 0;
    const bumped = await this.deliveries.requeue(lost);
    await this.queues.sendEditions(bumped);
    return bumped.length;
  }
}
