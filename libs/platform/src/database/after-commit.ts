import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
 * rollback: how a change enqueues its follow-up jobs. The work does not hold up the request (a Redis
 * outage must not slow writes down); a failure is logged, and the durable record written in the
 * transaction (an outbox row, a pending request) lets a periodic sweep catch up.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('AfterCommit');
  private readonly pending = new WeakMap<QueryRunner, Map<string, Task>>();
  private readonly running = new Set<Promise<void>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  /** Lets work already started finish before the process exits. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.race([
      Promise.allSettled([...this.running]),
      new Promise((done) => setTimeout(done, 5000).unref()),
    ]);
  }

  /** `key` deduplicates: the same work scheduled twice in one transaction runs once. */
  schedule(manager: EntityManager, key: string, task: Task): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.start([task]);
    const tasks = this.pending.get(runner) ?? new Map<string, Task>();
    tasks.set(key, task);
    this.pending.set(runner, tasks);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return;
    const tasks = this.pending.get(runner);
    this.pending.delete(runner);
    if (tasks) this.start([...tasks.values()]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  /** Resolves when every task started so far has finished (tests wait for their enqueues). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private start(tasks: Task[]): void {
    const run = (async () => {
      for (const task of tasks) {
        await task().catch((error: unknown) =>
          this.logger.warn(`lavoro dopo il commit non riuscito: ${(error as Error).message}`),
        );
      }
    })();
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }
}
