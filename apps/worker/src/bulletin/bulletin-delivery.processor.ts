import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type OnApplicationBootstrap } from '@nestjs/common';
import { deliveryJobs, SendConfirmationUseCase, SendDeliveryUseCase } from '#libs/bulletin';
import { AppConfig, JobHandlers, type JobProcessor, QUEUES } from '#libs/platform';
import { type Job, UnrecoverableError } from 'bullmq';

/**
 * Sends bulletin e-mails, one job per message. A temporary failure throws so that BullMQ retries
 * with exponential backoff; a permanent one throws UnrecoverableError, so it is never retried.
 * The global rate limit is set on the queue by the BulletinScheduler.
 */
@Processor(QUEUES.bulletinDelivery)
export class BulletinDeliveryProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, JobProcessor
{
  constructor(
    private readonly sendDelivery: SendDeliveryUseCase,
    private readonly sendConfirmation: SendConfirmationUseCase,
    private readonly config: AppConfig,
  ) {
    super();
  }

  readonly handlers = JobHandlers.of(QUEUES.bulletinDelivery, deliveryJobs, {
    sendEdition: async (payload, job) => {
      const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const result = await this.sendDelivery.execute(payload, isLastAttempt);
      if (result.outcome === 'RETRY') throw new Error(result.reason);
      if (result.outcome === 'BOUNCED' || result.outcome === 'FAILED') {
        throw new UnrecoverableError(result.reason);
      }
      return result;
    },
    sendConfirmation: async (payload) => {
      const result = await this.sendConfirmation.execute(payload);
      if (result.outcome === 'RETRY') throw new Error(result.reason);
      if (result.outcome === 'REFUSED') throw new UnrecoverableError(result.reason);
      return result;
    },
  });

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.BULLETIN_SEND_CONCURRENCY;
  }

  process(job: Job): Promise<unknown> {
    return this.handlers.dispatch(job);
  }
}
