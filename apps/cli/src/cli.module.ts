import { Module } from '@nestjs/common';
import { AccountsModule } from '#libs/accounts';
import { AuditModule } from '#libs/audit';
import { AuthPlatformModule, DatabaseModule, RecordChangesModule } from '#libs/platform';

/** What the administrative commands need: the database and the use cases, no HTTP, no queues. */
@Module({
  imports: [DatabaseModule, AuthPlatformModule, AuditModule, RecordChangesModule, AccountsModule],
})
export class CliModule {}
