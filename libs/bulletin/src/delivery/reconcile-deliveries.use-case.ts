import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '#libs/platform';
import { DataSource } from 'typeorm';
import { bulletinJobIds } from './bulletin.jobs.js';
import { BulletinQueues } from './bulletin-jobs.writer.js';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: BulletinQueues,
    private readonly config: AppConfig,
  ) {}

  async execute(): Promise<ReconcileReport> {
    const lease = this.config.BULLETIN_SEND_LEASE_SECONDS;
    const [retaken]: [{ deliveryId: string; generation: number }[], number] =
      await this.dataSource.query(
        `UPDATE bulletin_deliveries
            SET status = 'QUEUED', generation = generation + 1, queued_at = now()
          WHERE status = 'SENDING' AND submitted_at IS NULL
            AND claimed_at < now() - make_interval(secs => $1)
        RETURNING id AS "deliveryId", generation`,
        [lease],
      );
    await this.queues.sendEditions(retaken);

    const [, uncertain]: [unknown, number] = await this.dataSource.query(
      `UPDATE bulletin_deliveries
          SET status = 'UNCERTAIN', finished_at = now(),
              smtp_response = 'invio interrotto dopo la fine dei dati: esito sconosciuto'
        WHERE status = 'SENDING' AND submitted_at IS NOT NULL
          AND submitted_at < now() - make_interval(secs => $1)`,
      [lease],
    );

    const requeued = await this.requeueLostJobs();
    const report = { retaken: retaken.length, uncertain, requeued };
    if (report.retaken + report.uncertain + report.requeued > 0) {
      this.logger.warn(report, 'consegne riprese dopo un arresto');
    }
    return report;
  }

  private async requeueLostJobs(): Promise<number> {
    const old: { deliveryId: string; generation: number }[] = await this.dataSource.query(
      `SELECT id AS "deliveryId", generation FROM bulletin_deliveries
        WHERE status = 'QUEUED' AND queued_at < now() - make_interval(mins => $1)
        ORDER BY queued_at LIMIT $2`,
      [LOST_JOB_MINUTES, BATCH],
    );
    const lost: string[] = [];
    for (const { deliveryId, generation } of old) {
      const state = await this.queues.delivery.getJobState(
        bulletinJobIds.delivery(deliveryId, generation),
      );
      if (!LIVE_JOB_STATES.has(state)) lost.push(deliveryId);
    }
    if (lost.length === 0) return 0;
    const [bumped]: [{ deliveryId: string; generation: number }[], number] =
      await this.dataSource.query(
        `UPDATE bulletin_deliveries SET generation = generation + 1, queued_at = now()
          WHERE id = ANY ($1::uuid[]) AND status = 'QUEUED'
        RETURNING id AS "deliveryId", generation`,
        [lost],
      );
    await this.queues.sendEditions(bumped);
    return bumped.length;
  }
}
