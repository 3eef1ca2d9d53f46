import { Module } from '@nestjs/common';
import { AuditModule } from '#libs/audit';
import { DatabaseModule, LoggingModule, QueueModule } from '#libs/platform';
import { MaintenanceProcessor } from './maintenance/maintenance.processor.js';
import { MaintenanceScheduler } from './maintenance/maintenance.scheduler.js';

/** BullMQ processors and job schedulers only: the worker serves no HTTP. */
@Module({
  imports: [LoggingModule, DatabaseModule, QueueModule.forRoot('worker'), AuditModule],
  providers: [MaintenanceProcessor, MaintenanceScheduler],
})
export class WorkerModule {}
