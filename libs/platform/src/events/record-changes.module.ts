import { Global, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type RecordChange, RecordChanges } from './record-changes.js';

/** For a process that follows nothing (the CLI, benchmarks); the API and worker use RecordChangesHubModule. */
export class NoRecordChanges extends RecordChanges {
  async recorded(_manager: EntityManager, _change: RecordChange): Promise<void> {}
}

@Global()
@Module({
  providers: [{ provide: RecordChanges, useClass: NoRecordChanges }],
  exports: [RecordChanges],
})
export class RecordChangesModule {}
