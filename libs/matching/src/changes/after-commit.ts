import { Logger } from '@nestjs/common';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

type Task = () => Promise<void>;

/**
 * Runs work after the transaction of an EntityManager commits, never before and never after a
 * rollback. Outside a transaction the write is already committed, so the work runs at once. A
 * failure is logged, not thrown: the data is committed, and what follows it is reconciled later.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly logger = new Logger('AfterCommit');
  private readonly pending = new WeakMap<QueryRunner, Map<string, Task>>();

  install(dataSource: DataSource): void {
    if (!dataSource.subscribers.includes(this)) dataSource.subscribers.push(this);
  }

  /** `key` deduplicates: the same work scheduled twice in one transaction runs once. */
  async schedule(manager: EntityManager, key: string, task: Task): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.run([task]);
    const tasks = this.pending.get(runner) ?? new Map<string, Task>();
    tasks.set(key, task);
    this.pending.set(runner, tasks);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return;
    const tasks = this.pending.get(runner);
    this.pending.delete(runner);
    if (tasks) await this.run([...tasks.values()]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private async run(tasks: Task[]): Promise<void> {
    for (const task of tasks) {
      await task().catch((error: unknown) =>
        this.logger.warn(`lavoro dopo il commit non riuscito: ${(error as Error).message}`),
      );
    }
  }
}
