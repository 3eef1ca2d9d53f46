import { IsUUID, type ValidationError, validateSync } from 'class-validator';
import type { JobsOptions } from 'bullmq';
import { InvalidJobPayloadError } from './invalid-job-payload.error.js';
import type { QueueName } from './queue-names.js';

/** A class-validator class describing a payload: ids and numbers only, never personal data. */
export type PayloadClass<P extends object> = new () => P;

/**
 * One job of Incrocio: the queue it runs on, its name, the schema of its payload (checked when the
 * job is enqueued and again when it is processed) and the one place its id or deduplication key is
 * built. Handlers are bound to definitions in apps/worker, which refuses to start if one is missing.
 */
export interface JobDefinition<P extends object = object> {
  readonly queue: QueueName;
  readonly name: string;
  readonly payload: PayloadClass<P>;
  /** Job id, deduplication key and retry policy derived from the payload. */
  options?(payload: P): JobsOptions;
}

/** A payload field holding the id of a row: any uuid PostgreSQL stores, whatever its version. */
export const IsRecordId = (): PropertyDecorator => IsUUID('loose');

export function defineJob<P extends object>(definition: JobDefinition<P>): JobDefinition<P> {
  return Object.freeze({ ...definition });
}

export type PayloadOf<D> = D extends JobDefinition<infer P> ? P : never;

/** `queue/name`, the way a job is named in messages and logs. */
export function jobLabel(definition: Pick<JobDefinition, 'queue' | 'name'>): string {
  return `${definition.queue}/${definition.name}`;
}

/** The payload, checked against its schema; unknown fields are refused, not stripped. */
export function checkJobPayload<P extends object>(definition: JobDefinition<P>, data: unknown): P {
  const label = jobLabel(definition);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidJobPayloadError(label, ['the payload must be an object']);
  }
  const payload = Object.assign(new definition.payload(), data);
  const errors = validateSync(payload, {
    whitelist: true,
    forbidNonWhitelisted: true,
    // A payload class with no field at all (a scheduled job) is valid when the payload is empty.
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) throw new InvalidJobPayloadError(label, errors.flatMap(describe));
  return data as P;
}

function describe(error: ValidationError): string[] {
  const own = Object.values(error.constraints ?? {});
  return [...own, ...(error.children ?? []).flatMap(describe)];
}
