import { type Job, UnrecoverableError } from 'bullmq';
import { InvalidJobPayloadError } from './invalid-job-payload.error.js';
import { checkJobPayload, type JobDefinition, jobLabel, type PayloadOf } from './job-definition.js';
import { MissingJobHandlerError } from './missing-job-handler.error.js';
import type { QueueName } from './queue-names.js';

export type JobHandler<P> = (payload: P, job: Job) => Promise<unknown>;

/** The jobs of one queue, by key, as their lib exports them. */
export type JobGroup = Readonly<Record<string, JobDefinition<object>>>;

/** One handler per job of the group: leaving one out is a compile error. */
export type HandlersOf<G extends JobGroup> = { [K in keyof G]: JobHandler<PayloadOf<G[K]>> };

interface Route {
  definition: JobDefinition<object>;
  handle: JobHandler<object>;
}

/**
 * The handlers of one queue's jobs. A processor dispatches through it: the job's payload is checked
 * against its schema first, and a malformed payload or an unknown name fails the job for good (a
 * retry would meet the same data).
 */
export class JobHandlers {
  private constructor(
    readonly queue: QueueName,
    private readonly routes: ReadonlyMap<string, Route>,
  ) {}

  static of<G extends JobGroup>(queue: QueueName, group: G, handlers: HandlersOf<G>): JobHandlers {
    const routes = new Map<string, Route>();
    for (const key of Object.keys(group) as Array<keyof G & string>) {
      const definition = group[key];
      if (definition.queue !== queue) {
        throw new Error(`il lavoro ${jobLabel(definition)} non appartiene alla coda ${queue}`);
      }
      const handle = handlers[key] as JobHandler<object> | undefined;
      // Without a function here (a handlers object built by hand), the job stays unhandled and the
      // worker's bootstrap check names it.
      if (typeof handle === 'function') routes.set(definition.name, { definition, handle });
    }
    return new JobHandlers(queue, routes);
  }

  handles(definition: JobDefinition<object>): boolean {
    return this.queue === definition.queue && this.routes.has(definition.name);
  }

  async dispatch(job: Job): Promise<unknown> {
    const route = this.routes.get(job.name);
    if (!route) {
      throw new UnrecoverableError(`lavoro sconosciuto / unknown job: ${this.queue}/${job.name}`);
    }
    let payload: object;
    try {
      payload = checkJobPayload(route.definition, job.data);
    } catch (error) {
      if (error instanceof InvalidJobPayloadError) throw new UnrecoverableError(error.message);
      throw error;
    }
    return route.handle(payload, job);
  }
}

/** A BullMQ processor of the worker: it dispatches its queue's jobs through its handlers. */
export interface JobProcessor {
  readonly handlers: JobHandlers;
}

/** Throws MissingJobHandlerError unless every registered job has a handler. */
export function assertEveryJobHandled(
  registry: readonly JobDefinition<object>[],
  handlers: readonly JobHandlers[],
): void {
  const missing = registry.filter((job) => !handlers.some((set) => set.handles(job)));
  if (missing.length > 0) throw new MissingJobHandlerError(missing.map(jobLabel));
}
