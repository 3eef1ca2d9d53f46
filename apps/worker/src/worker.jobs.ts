import type { FactoryProvider, Type } from '@nestjs/common';
import { bulletinJobs, deliveryJobs } from '#libs/bulletin';
import { importJobs } from '#libs/imports';
import { matchingJobs } from '#libs/matching';
import { assertEveryJobHandled, type JobDefinition, type JobProcessor } from '#libs/platform';
import { searchSyncJobs } from '#libs/record-changes';
import { maintenanceJobs } from './maintenance/maintenance.jobs.js';

/**
 * Every job of Incrocio, as each lib defines it (queue, name, payload schema, id). The worker
 * refuses to start if one of them has no handler in its processors.
 */
export const JOB_REGISTRY: readonly JobDefinition<object>[] = [
  ...Object.values(matchingJobs),
  ...Object.values(searchSyncJobs),
  ...Object.values(bulletinJobs),
  ...Object.values(deliveryJobs),
  ...Object.values(maintenanceJobs),
  ...Object.values(importJobs),
];

export const JOB_HANDLERS_CHECK = Symbol('JOB_HANDLERS_CHECK');

/**
 * A provider that checks, while the worker is being built and before any processor takes a job,
 * that every registered job has a handler; otherwise the bootstrap fails with MissingJobHandlerError.
 */
export function jobHandlersCheck(
  registry: readonly JobDefinition<object>[],
  processors: ReadonlyArray<Type<JobProcessor>>,
): FactoryProvider<true> {
  return {
    provide: JOB_HANDLERS_CHECK,
    inject: [...processors],
    useFactory: (...instances: JobProcessor[]) => {
      assertEveryJobHandled(
        registry,
        instances.map((processor) => processor.handlers),
      );
      return true;
    },
  };
}
