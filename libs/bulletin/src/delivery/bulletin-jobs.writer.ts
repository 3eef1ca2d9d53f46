import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { AppConfig, enqueueJob, enqueueJobs, QUEUES } from '#libs/platform';
import type { JobsOptions, Queue } from 'bullmq';
import {
  bulletinJobs,
  type ComposeAreaJob,
  deliveryJobs,
  type SendConfirmationJob,
  type SendEditionJob,
} from './bulletin.jobs.js';

/** Every job the bulletin enqueues goes through here, with its checked payload and retry policy. */
@Injectable()
export class BulletinQueues {
  constructor(
    @InjectQueue(QUEUES.bulletin) readonly bulletin: Queue,
    @InjectQueue(QUEUES.bulletinDelivery) readonly delivery: Queue,
    private readonly config: AppConfig,
  ) {}

  async composeAreas(jobs: readonly ComposeAreaJob[]): Promise<void> {
    await enqueueJobs(this.bulletin, bulletinJobs.composeArea, jobs);
  }

  async fanOut(editionId: string): Promise<void> {
    await enqueueJob(this.bulletin, bulletinJobs.fanOut, { editionId });
  }

  /** One job per delivery; a job id already in the queue is ignored by BullMQ. */
  async sendEditions(jobs: readonly SendEditionJob[]): Promise<void> {
    await enqueueJobs(this.delivery, deliveryJobs.sendEdition, jobs, this.sendOptions());
  }

  async sendConfirmation(data: SendConfirmationJob): Promise<void> {
    await enqueueJob(this.delivery, deliveryJobs.sendConfirmation, data, this.sendOptions());
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
