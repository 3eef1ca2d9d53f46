import type { EntityManager } from 'typeorm';

export interface RecordChange {
  type: 'vacancy' | 'company' | 'candidate' | 'course';
  id: string;
  organisationId: string;
  kind: 'upsert' | 'delete';
}

/**
 * Told of every change to a record, inside the transaction that makes it, so that what follows the
 * database (the search index, stored matches) is written in the same commit (an outbox) and can
 * never miss a change or see one that rolled back.
 */
export abstract class RecordChanges {
  abstract recorded(manager: EntityManager, change: RecordChange): Promise<void>;
}
