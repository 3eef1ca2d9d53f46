import { Redis } from 'ioredis';
import { TEST_REDIS_URL } from './test-env.js';

/** Deletes every Redis key a test file's queue prefix created. */
export async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    // Inside the try: a failed connection would otherwise keep retrying, and Jest waiting.
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
