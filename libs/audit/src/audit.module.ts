import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditService } from './audit.service.js';
import { PurgeAuditLogUseCase } from './purge-audit-log.use-case.js';
import { QueryAuditLogUseCase } from './query-audit-log.use-case.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditLogRepository, AuditService, QueryAuditLogUseCase, PurgeAuditLogUseCase],
  exports: [AuditService, QueryAuditLogUseCase, PurgeAuditLogUseCase],
})
export class AuditModule {}
