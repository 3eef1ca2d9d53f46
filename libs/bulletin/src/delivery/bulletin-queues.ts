import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { AppConfig, QUEUES } from '#libs/platform';
import type { JobsOptions, Queue } from 'bullmq';
import {
  BULLETIN_JOBS,
  type ComposeAreaJob,
  DELIVERY_JOBS,
  type FanOutJob,
  type SendConfirmationJob,
  type SendEditionJob,
  bulletinJobIds,
} from './bulletin.jobs.js';

const ENQUEUE_BATCH = 500;

/** Every job the bulletin enqueues goes through here, with its id and retry policy. */
@Injectable()
export class BulletinQueues {
  constructor(
    @InjectQueue(QUEUES.bulletin) readonly bulletin: Queue,
    @InjectQueue(QUEUES.bulletinDelivery) readonly delivery: Queue,
    private readonly config: AppConfig,
  ) {}

  async composeAreas(jobs: readonly ComposeAreaJob[]): Promise<void> {
    for (let start = 0; start < jobs.length; start += ENQUEUE_BATCH) {
      await this.bulletin.addBulk(
        jobs.slice(start, start + ENQUEUE_BATCH).map((data) => ({
          name: BULLETIN_JOBS.composeArea,
          data,
          opts: { jobId: bulletinJobIds.composeArea(data.areaId, data.weekKey) },
        })),
      );
    }
  }

  async fanOut(editionId: string): Promise<void> {
    const data: FanOutJob = { editionId };
    await this.bulletin.add(BULLETIN_JOBS.fanOut, data, {
      jobId: bulletinJobIds.fanOut(editionId),
    });
  }

  /** One job per delivery; a job id already in the queue is ignored by BullMQ. */
  async sendEditions(jobs: readonly SendEditionJob[]): Promise<void> {
    for (let start = 0; start < jobs.length; start += ENQUEUE_BATCH) {
      await this.delivery.addBulk(
        jobs.slice(start, start + ENQUEUE_BATCH).map((data) => ({
          name: DELIVERY_JOBS.sendEdition,
          data,
          opts: {
            ...this.sendOptions(),
            jobId: bulletinJobIds.delivery(data.deliveryId, data.generation),
          },
        })),
      );
    }
  }

  async sendConfirmation(data: SendConfirmationJob): Promise<void> {
    await this.delivery.add(DELIVERY_JOBS.sendConfirmation, data, {
      ...this.sendOptions(),
      jobId: bulletinJobIds.confirmation(data.subscriberId, data.sequence),
    });
  }

  private sendOptions(): JobsOptions {
    return {
      attempts: this.config.BULLETIN_SEND_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.config.BULLETIN_RETRY_DELAY_MS },
      removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    };
  }
}
