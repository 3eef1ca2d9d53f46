import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type OnApplicationBootstrap } from '@nestjs/common';
import {
  DELIVERY_JOBS,
  type SendConfirmationJob,
  SendConfirmationUseCase,
  SendDeliveryUseCase,
  type SendEditionJob,
} from '#libs/bulletin';
import { AppConfig, QUEUES } from '#libs/platform';
import { type Job, UnrecoverableError } from 'bullmq';

/**
 * Sends bulletin e-mails, one job per message. A temporary failure throws so that BullMQ retries
 * with exponential backoff; a permanent one throws UnrecoverableError, so it is never retried.
 * The global rate limit is set on the queue by the BulletinScheduler.
 */
@Processor(QUEUES.bulletinDelivery)
export class BulletinDeliveryProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly sendDelivery: SendDeliveryUseCase,
    private readonly sendConfirmation: SendConfirmationUseCase,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.BULLETIN_SEND_CONCURRENCY;
  }

  async process(job: Job): Promise<unknown> {
    const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    switch (job.name) {
      case DELIVERY_JOBS.sendEdition: {
        const result = await this.sendDelivery.execute(job.data as SendEditionJob, isLastAttempt);
        if (result.outcome === 'RETRY') throw new Error(result.reason);
        if (result.outcome === 'BOUNCED' || result.outcome === 'FAILED') {
          throw new UnrecoverableError(result.reason);
        }
        return result;
      }
      case DELIVERY_JOBS.sendConfirmation: {
        const result = await this.sendConfirmation.execute(job.data as SendConfirmationJob);
        if (result.outcome === 'RETRY') throw new Error(result.reason);
        if (result.outcome === 'REFUSED') throw new UnrecoverableError(result.reason);
        return result;
      }
      default:
        throw new UnrecoverableError(`invio sconosciuto: ${job.name}`);
    }
  }
}
