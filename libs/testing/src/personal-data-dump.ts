import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { TEST_REDIS_URL } from './test-env.js';

/** The data types of the columns that hold text (text, JSON, arrays, the text index). */
const TEXT_TYPES = ['text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'tsvector'];

/**
 * Every table.column of the schema whose value, written as text, contains one of the needles
 * (case-insensitive): every column of every type (dates, network addresses, tsvector, jsonb, arrays),
 * as a plain dump of the database would show it; with `textOnly`, only the columns that hold text.
 */
export async function findTextInDump(
  dataSource: DataSource,
  needles: string[],
  { textOnly = false }: { textOnly?: boolean } = {},
): Promise<string[]> {
  const columns: Array<{ table_name: string; column_name: string }> = await dataSource.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND ($1::text[] IS NULL OR c.data_type = ANY($1))
      ORDER BY 1, 2`,
    [textOnly ? TEXT_TYPES : null],
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles) {
      const [{ found }] = await dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1) AS found`,
        [`%${needle}%`],
      );
      if (found) hits.push(`${table_name}.${column_name} ~ ${needle}`);
    }
  }
  return hits;
}

/** Every table.column of the schema whose text contains one of the needles (case-insensitive). */
export function findTextInDatabase(dataSource: DataSource, needles: string[]): Promise<string[]> {
  return findTextInDump(dataSource, needles, { textOnly: true });
}

/** Every key of the prefix with its whole value as text: strings, hashes, lists, sets, streams. */
export async function dumpRedisKeys(prefix: string): Promise<Map<string, string>> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const dump = new Map<string, string>();
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      for (const key of keys) dump.set(key, JSON.stringify(await valueOf(redis, key)));
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return dump;
}

async function valueOf(redis: Redis, key: string): Promise<unknown> {
  switch (await redis.type(key)) {
    case 'string':
      return redis.get(key);
    case 'hash':
      return redis.hgetall(key);
    case 'list':
      return redis.lrange(key, 0, -1);
    case 'set':
      return redis.smembers(key);
    case 'zset':
      return redis.zrange(key, 0, -1, 'WITHSCORES');
    case 'stream':
      return redis.xrange(key, '-', '+');
    default:
      return null;
  }
}

/** The keys of the dump whose name or value contains one of the needles (case-insensitive). */
export function findTextInRedisDump(dump: Map<string, string>, needles: string[]): string[] {
  const hits: string[] = [];
  for (const [key, value] of dump) {
    for (const needle of needles) {
      const lower = needle.toLowerCase();
      if (key.toLowerCase().includes(lower) || value.toLowerCase().includes(lower)) {
        hits.push(`${key} ~ ${needle}`);
      }
    }
  }
  return hits;
}
