import type { JobsOptions } from 'bullmq';
import { defineJob, EmptyPayload, QUEUES } from '#libs/platform';

/** Names of the jobs on the `search-sync` queue. */
export const SEARCH_SYNC_JOBS = {
  /** Drain the outbox into the search backend (kicked after each change, and every few seconds). */
  drain: 'drain',
  /** Nightly: rebuild every index from PostgreSQL, catching anything the outbox could have missed. */
  reconcile: 'reconcile',
} as const;

/** A drain kicked while another waits is absorbed by it; one kicked while it runs queues one more. */
export const DRAIN_JOB_OPTIONS: JobsOptions = {
  delay: 200,
  deduplication: { id: 'search-drain', keepLastIfActive: true },
  removeOnComplete: { age: 600, count: 100 },
  attempts: 1_000_000,
  backoff: { type: 'exponential', delay: 1000 },
};

export const SEARCH_SYNC_SCHEDULES = {
  /** The safety net under the kicks: changes reach the index even if a kick was lost. */
  drain: { every: 5_000 },
  reconcile: { pattern: '0 30 1 * * *', tz: 'Europe/Rome' },
} as const;

/** The jobs of the `search-sync` queue: name, payload schema and deduplication. */
export const searchSyncJobs = {
  drain: defineJob({
    queue: QUEUES.searchSync,
    name: SEARCH_SYNC_JOBS.drain,
    payload: EmptyPayload,
    options: () => DRAIN_JOB_OPTIONS,
  }),
  reconcile: defineJob({
    queue: QUEUES.searchSync,
    name: SEARCH_SYNC_JOBS.reconcile,
    payload: EmptyPayload,
  }),
};
