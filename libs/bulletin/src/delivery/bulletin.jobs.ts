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

export interface ComposeWeekJob {
  /** Only for a run started by hand; the scheduler's runs take the week of their schedule. */
  weekKey?: string;
}

export interface ComposeAreaJob {
  areaId: string;
  weekKey: string;
}

export interface FanOutJob {
  editionId: string;
}

export interface SendEditionJob {
  deliveryId: string;
  /** Bumped each time a delivery is taken back from a vanished worker; older jobs then do nothing. */
  generation: number;
}

export interface SendConfirmationJob {
  subscriberId: string;
  /** The subscriber's confirmation_sequence when the request was made; a newer request wins. */
  sequence: number;
}

export const bulletinJobIds = {
  composeArea: (areaId: string, weekKey: string) => `compose-${areaId}-${weekKey}`,
  fanOut: (editionId: string) => `fan-out-${editionId}`,
  delivery: (deliveryId: string, generation: number) => `delivery-${deliveryId}-g${generation}`,
  confirmation: (subscriberId: string, sequence: number) =>
    `confirmation-${subscriberId}-${sequence}`,
};
