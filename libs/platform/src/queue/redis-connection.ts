import type { RedisOptions } from 'bullmq';

/**
 * ioredis options from a redis:// URL. `maxRetriesPerRequest: null` lets BullMQ workers wait out a
 * Redis restart instead of failing their blocking commands; the API's queues fail fast instead.
 */
export function redisOptions(redisUrl: string, purpose: 'worker' | 'producer'): RedisOptions {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: purpose === 'worker' ? null : 2,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(200 * attempt, 2000),
  };
}
