import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { QueryAuditLogUseCase } from './query-audit-log.use-case.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditService, QueryAuditLogUseCase],
  exports: [AuditService, QueryAuditLogUseCase],
})
export class AuditModule {}
