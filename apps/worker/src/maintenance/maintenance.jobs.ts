import { defineJob, EmptyPayload, QUEUES } from '#libs/platform';

export const MAINTENANCE_JOBS = {
  auditRetention: 'audit-retention',
  closedCaseRetention: 'closed-case-retention',
} as const;

/** The jobs of the `maintenance` queue, both scheduled by the worker itself. */
export const maintenanceJobs = {
  auditRetention: defineJob({
    queue: QUEUES.maintenance,
    name: MAINTENANCE_JOBS.auditRetention,
    payload: EmptyPayload,
  }),
  closedCaseRetention: defineJob({
    queue: QUEUES.maintenance,
    name: MAINTENANCE_JOBS.closedCaseRetention,
    payload: EmptyPayload,
  }),
};
