import type { JobsOptions, Queue } from 'bullmq';
import { checkJobPayload, type JobDefinition, jobLabel } from './job-definition.js';

const BULK = 500;

/** Enqueues one job after checking its payload; the definition sets its id or deduplication key. */
export async function enqueueJob<P extends object>(
  queue: Queue,
  definition: JobDefinition<P>,
  payload: P,
  options: JobsOptions = {},
): Promise<void> {
  assertQueue(queue, definition);
  const data = checkJobPayload(definition, payload);
  await queue.add(definition.name, data, { ...options, ...definition.options?.(data) });
}

/** Enqueues many jobs of one kind, in batches of 500, every payload checked before the first add. */
export async function enqueueJobs<P extends object>(
  queue: Queue,
  definition: JobDefinition<P>,
  payloads: readonly P[],
  options: JobsOptions = {},
): Promise<void> {
  assertQueue(queue, definition);
  const jobs = payloads.map((payload) => {
    const data = checkJobPayload(definition, payload);
    return { name: definition.name, data, opts: { ...options, ...definition.options?.(data) } };
  });
  for (let start = 0; start < jobs.length; start += BULK) {
    await queue.addBulk(jobs.slice(start, start + BULK));
  }
}

/** What a job scheduler repeats: the job's name and its checked payload. */
export function scheduledJob<P extends object>(
  definition: JobDefinition<P>,
  payload: P,
  opts?: JobsOptions,
): { name: string; data: P; opts?: JobsOptions } {
  const data = checkJobPayload(definition, payload);
  return opts ? { name: definition.name, data, opts } : { name: definition.name, data };
}

function assertQueue(queue: Queue, definition: JobDefinition<object>): void {
  if (queue.name !== definition.queue) {
    throw new Error(`il lavoro ${jobLabel(definition)} non va sulla coda ${queue.name}`);
  }
}
