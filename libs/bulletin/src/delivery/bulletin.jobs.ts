import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { defineJob, EmptyPayload, IsRecordId, QUEUES } from '#libs/platform';

/*
 * The bulletin's jobs: names, payloads and ids, in one place. Payloads carry ids only (Redis keeps
 * job data in clear text): never an address, a name or a token. BullMQ refuses ':' in custom ids.
 */

/** Jobs of the `bulletin` queue. */
export const BULLETIN_JOBS = {
  /** Every Monday 08:00 Europe/Rome: one compose-area job per area. */
  composeWeek: 'compose-week',
  composeArea: 'compose-area',
  /** Creates the delivery rows of an approved edition and enqueues one send per row. */
  fanOut: 'fan-out',
  /** Takes back deliveries left behind by a crashed worker. */
  reconcile: 'reconcile-deliveries',
} as const;

/** Jobs of the rate-limited `bulletin-delivery` queue. */
export const DELIVERY_JOBS = {
  sendEdition: 'send-edition',
  sendConfirmation: 'send-confirmation',
} as const;

export const BULLETIN_SCHEDULERS = {
  weekly: 'bulletin-weekly',
  reconcile: 'bulletin-reconcile',
} as const;

/** An ISO week, as in the edition's address: 2026-W48. */
const WEEK_KEY = /^\d{4}-W\d{2}$/;

export class ComposeWeekJob {
  /** Only for a run started by hand; the scheduler's runs take the week of their schedule. */
  @IsOptional()
  @Matches(WEEK_KEY)
  weekKey?: string;
}

export class ComposeAreaJob {
  @IsRecordId()
  areaId!: string;

  @Matches(WEEK_KEY)
  weekKey!: string;
}

export class FanOutJob {
  @IsRecordId()
  editionId!: string;
}

export class SendEditionJob {
  @IsRecordId()
  deliveryId!: string;

  /** Bumped each time a delivery is taken back from a vanished worker; older jobs then do nothing. */
  @IsInt()
  @Min(0)
  generation!: number;
}

export class SendConfirmationJob {
  @IsRecordId()
  subscriberId!: string;

  /** The subscriber's confirmation_sequence when the request was made; a newer request wins. */
  @IsInt()
  @Min(0)
  sequence!: number;
}

export const bulletinJobIds = {
  composeArea: (areaId: string, weekKey: string) => `compose-${areaId}-${weekKey}`,
  fanOut: (editionId: string) => `fan-out-${editionId}`,
  delivery: (deliveryId: string, generation: number) => `delivery-${deliveryId}-g${generation}`,
  confirmation: (subscriberId: string, sequence: number) =>
    `confirmation-${subscriberId}-${sequence}`,
};

/** The jobs of the `bulletin` queue: name, payload schema and job id. */
export const bulletinJobs = {
  composeWeek: defineJob({
    queue: QUEUES.bulletin,
    name: BULLETIN_JOBS.composeWeek,
    payload: ComposeWeekJob,
  }),
  composeArea: defineJob({
    queue: QUEUES.bulletin,
    name: BULLETIN_JOBS.composeArea,
    payload: ComposeAreaJob,
    options: ({ areaId, weekKey }) => ({ jobId: bulletinJobIds.composeArea(areaId, weekKey) }),
  }),
  fanOut: defineJob({
    queue: QUEUES.bulletin,
    name: BULLETIN_JOBS.fanOut,
    payload: FanOutJob,
    options: ({ editionId }) => ({ jobId: bulletinJobIds.fanOut(editionId) }),
  }),
  reconcile: defineJob({
    queue: QUEUES.bulletin,
    name: BULLETIN_JOBS.reconcile,
    payload: EmptyPayload,
  }),
};

/** The jobs of the rate-limited `bulletin-delivery` queue. */
export const deliveryJobs = {
  sendEdition: defineJob({
    queue: QUEUES.bulletinDelivery,
    name: DELIVERY_JOBS.sendEdition,
    payload: SendEditionJob,
    options: ({ deliveryId, generation }) => ({
      jobId: bulletinJobIds.delivery(deliveryId, generation),
    }),
  }),
  sendConfirmation: defineJob({
    queue: QUEUES.bulletinDelivery,
    name: DELIVERY_JOBS.sendConfirmation,
    payload: SendConfirmationJob,
    options: ({ subscriberId, sequence }) => ({
      jobId: bulletinJobIds.confirmation(subscriberId, sequence),
    }),
  }),
};
