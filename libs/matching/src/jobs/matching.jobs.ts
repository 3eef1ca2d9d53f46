import type { JobsOptions } from 'bullmq';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { defineJob, EmptyPayload, IsRecordId, QUEUES } from '#libs/platform';
import type { MatchSubjectType } from '../store/stored-matches.writer.js';

/** Names of the jobs on the `matching` queue. */
export const MATCHING_JOBS = {
  /** Recompute the stored matches of one candidate or vacancy. */
  recompute: 'recompute',
  /** Nightly: drop matches of what closed or expired, recompute what is stale or pending. */
  nightly: 'nightly',
  /** Every half minute: enqueue requests whose enqueue was lost (Redis away, a crash after a commit). */
  sweepPending: 'sweep-pending',
  /** Nightly: proposals with no news for too long become EXPIRED. */
  expireProposals: 'expire-proposals',
  /** Rescore the stored pairs of one vacancy after its proposals changed (fair share). */
  rerankFairShare: 'rerank-fair-share',
  /** One partition of a full refresh of the people's stored lists, from the worker's vacancy index. */
  refreshPartition: 'refresh-partition',
} as const;

const SUBJECT_TYPES: readonly MatchSubjectType[] = ['candidate', 'vacancy'];

/** The payload of a recompute job: ids only, never personal data (Redis keeps it in clear). */
export class RecomputeJobData {
  @IsIn(SUBJECT_TYPES)
  subjectType!: MatchSubjectType;

  @IsRecordId()
  id!: string;
}

/** The payload of a fair-share re-rank: the vacancy whose proposals changed. */
export class FairShareJobData {
  @IsRecordId()
  vacancyId!: string;
}

/**
 * One partition of a full refresh: the people whose id hashes to `partition` out of `partitions`.
 * `run` names the refresh, so the same partition of the same refresh is never queued twice.
 */
export class RefreshPartitionJobData {
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  run!: string;

  @IsInt()
  @Min(0)
  @Max(9999)
  partition!: number;

  @IsInt()
  @Min(1)
  @Max(10000)
  partitions!: number;
}

/** How many partitions a full refresh is cut into: enough to spread over any number of workers. */
export const REFRESH_PARTITIONS = 64;

/** The job id of a partition of a refresh: BullMQ keeps one job per id, so workers never repeat one. */
export function refreshPartitionJobId({
  run,
  partition,
  partitions,
}: RefreshPartitionJobData): string {
  return `refresh-${run}-${partitions}-${partition}`;
}

/**
 * Edits within this window cause one recomputation: the job waits this long, and further requests
 * while it waits are absorbed by it (it has not read the rows yet, so it will see their data).
 */
export const MATCHING_DEBOUNCE_MS = 1500;

/** The one place job ids and deduplication keys are built. */
export function recomputeKey(subjectType: MatchSubjectType, id: string): string {
  return `recompute:${subjectType}:${id}`;
}

/**
 * Debounced and deduplicated per subject. `keepLastIfActive`: a request that arrives while the job
 * is running (it may have read the rows already) schedules exactly one more run after it, so the
 * newest data always wins and two runs for one subject never overlap.
 */
export function recomputeJobOptions(subjectType: MatchSubjectType, id: string): JobsOptions {
  return {
    delay: MATCHING_DEBOUNCE_MS,
    deduplication: { id: recomputeKey(subjectType, id), keepLastIfActive: true },
    removeOnComplete: { age: 3600, count: 1000 },
  };
}

/** Proposals of one vacancy made within this window cause one re-rank. */
export const FAIR_SHARE_DEBOUNCE_MS = 500;

export function fairShareKey(vacancyId: string): string {
  return `fair-share:vacancy:${vacancyId}`;
}

/** Debounced and deduplicated per vacancy, like a recompute (see recomputeJobOptions). */
export function fairShareJobOptions(vacancyId: string): JobsOptions {
  return {
    delay: FAIR_SHARE_DEBOUNCE_MS,
    deduplication: { id: fairShareKey(vacancyId), keepLastIfActive: true },
    removeOnComplete: { age: 3600, count: 1000 },
  };
}

export const MATCHING_SCHEDULES = {
  nightly: { pattern: '0 15 2 * * *', tz: 'Europe/Rome' },
  expireProposals: { pattern: '0 45 2 * * *', tz: 'Europe/Rome' },
  // Re-enqueuing a request whose job still waits is absorbed by its deduplication key: cheap.
  sweepPending: { every: 30 * 1000 },
} as const;

/** The jobs of the `matching` queue: name, payload schema, id and deduplication. */
export const matchingJobs = {
  recompute: defineJob({
    queue: QUEUES.matching,
    name: MATCHING_JOBS.recompute,
    payload: RecomputeJobData,
    options: ({ subjectType, id }) => recomputeJobOptions(subjectType, id),
  }),
  nightly: defineJob({
    queue: QUEUES.matching,
    name: MATCHING_JOBS.nightly,
    payload: EmptyPayload,
  }),
  sweepPending: defineJob({
    queue: QUEUES.matching,
    name: MATCHING_JOBS.sweepPending,
    payload: EmptyPayload,
  }),
  expireProposals: defineJob({
    queue: QUEUES.matching,
    name: MATCHING_JOBS.expireProposals,
    payload: EmptyPayload,
  }),
  rerankFairShare: defineJob({
    queue: QUEUES.matching,
    name: MATCHING_JOBS.rerankFairShare,
    payload: FairShareJobData,
    options: ({ vacancyId }) => fairShareJobOptions(vacancyId),
  }),
  refreshPartition: defineJob({
    queue: QUEUES.matching,
    name: MATCHING_JOBS.refreshPartition,
    payload: RefreshPartitionJobData,
    options: (data) => ({
      jobId: refreshPartitionJobId(data),
      attempts: 3,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    }),
  }),
};
