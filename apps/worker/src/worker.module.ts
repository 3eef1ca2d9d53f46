import { Module } from '@nestjs/common';
import { AuditModule } from '#libs/audit';
import { BulletinModule } from '#libs/bulletin';
import { GeoModule } from '#libs/geo';
import { ImportsModule } from '#libs/imports';
import { RecordChangesHubModule } from '#libs/record-changes';
import { MatchingModule } from '#libs/matching';
import { ExpireProposalsUseCase, PathwayRepository } from '#libs/pathway';
import { DatabaseModule, LoggingModule, QueueModule } from '#libs/platform';
import { PrivacyModule } from '#libs/privacy';
import { JOB_REGISTRY, jobHandlersCheck } from './worker.jobs.js';
import { BulletinDeliveryProcessor } from './bulletin/bulletin-delivery.processor.js';
import { BulletinProcessor } from './bulletin/bulletin.processor.js';
import { BulletinScheduler } from './bulletin/bulletin.scheduler.js';
import { MatchingProcessor } from './matching/matching.processor.js';
import { MatchingScheduler } from './matching/matching.scheduler.js';
import { ImportsProcessor } from './imports/imports.processor.js';
import { MaintenanceProcessor } from './maintenance/maintenance.processor.js';
import { MaintenanceScheduler } from './maintenance/maintenance.scheduler.js';
import { RECURRING_JOBS, type RecurringJobs, SchedulesKeeper } from './recurring-jobs.scheduler.js';
import { SearchSyncProcessor } from './search/search-sync.processor.js';
import { SearchSyncScheduler } from './search/search-sync.scheduler.js';

/** Every BullMQ processor of the worker; each dispatches its queue's jobs through the registry. */
export const WORKER_PROCESSORS = [
  MaintenanceProcessor,
  BulletinProcessor,
  BulletinDeliveryProcessor,
  MatchingProcessor,
  SearchSyncProcessor,
  ImportsProcessor,
];

const schedulers = [
  MaintenanceScheduler,
  BulletinScheduler,
  MatchingScheduler,
  SearchSyncScheduler,
];

/** BullMQ processors and job schedulers only: the worker serves no HTTP. */
@Module({
  imports: [
    LoggingModule,
    DatabaseModule,
    QueueModule.forRoot('worker'),
    AuditModule,
    GeoModule,
    BulletinModule,
    MatchingModule,
    RecordChangesHubModule,
    PrivacyModule,
    ImportsModule,
  ],
  providers: [
    ...WORKER_PROCESSORS,
    jobHandlersCheck(JOB_REGISTRY, WORKER_PROCESSORS),
    ExpireProposalsUseCase,
    PathwayRepository,
    ...schedulers,
    { provide: RECURRING_JOBS, inject: schedulers, useFactory: (...all: RecurringJobs[]) => all },
    SchedulesKeeper,
  ],
})
export class WorkerModule {}
