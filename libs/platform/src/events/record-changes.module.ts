import { Global, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type RecordChange, RecordChanges } from './record-changes.js';

/** For a process that follows nothing (the CLI, some tests); the API and worker register the outbox. */
class NoFollowers extends RecordChanges {
  async recorded(_manager: EntityManager, _change: RecordChange): Promise<void> {}
}

@Global()
@Module({
  providers: [{ provide: RecordChanges, useClass: NoFollowers }],
  exports: [RecordChanges],
})
export class RecordChangesModule {}
