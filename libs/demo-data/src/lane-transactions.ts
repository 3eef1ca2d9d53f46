import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Runs `work` over `count` connections, each in a transaction of its own, and commits them all when
 * it succeeds or rolls them all back when it fails. PostgreSQL cannot share a transaction between
 * connections, so this is atomic only up to the last commits, which follow one another at once.
 */
export async function withLaneTransactions<T>(
  dataSource: DataSource,
  count: number,
  work: (lanes: EntityManager[]) => Promise<T>,
): Promise<T> {
  const runners: QueryRunner[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const runner = dataSource.createQueryRunner();
      runners.push(runner);
      await runner.connect();
      await runner.startTransaction();
    }
    const result = await work(runners.map((runner) => runner.manager));
    for (const runner of runners) await runner.commitTransaction();
    return result;
  } catch (error) {
    for (const runner of runners) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    }
    throw error;
  } finally {
    for (const runner of runners) await runner.release();
  }
}
