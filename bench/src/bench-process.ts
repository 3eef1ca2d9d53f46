import { Redis } from 'ioredis';

/**
 * Helpers the benchmarks that boot a worker share: peak memory sampled every 100 ms, and the
 * removal of a run's own BullMQ keys from Redis.
 */
export function sampleMemory() {
  let rss = 0;
  let heap = 0;
  const take = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  const timer = setInterval(take, 100);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return {
    reset: () => ((rss = 0), (heap = 0), take()),
    stop: () => {
      clearInterval(timer);
      take();
      return { rss: mb(rss), heap: mb(heap) };
    },
  };
}

export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
