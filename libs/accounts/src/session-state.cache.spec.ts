import { loadConfig, type SessionState } from '#libs/platform';
import { SESSION_CACHE_MAX_ENTRIES, SessionStateCache } from './session-state.cache.js';
import type { SessionsRepository } from './sessions.repository.js';

const ACTIVE: SessionState = {
  organisationId: 'org',
  role: 'tutor',
  active: true,
  sessionVersion: 1,
  loginOpen: true,
};

function cacheOver(seconds: string) {
  const database = new Map<string, SessionState>();
  let reads = 0;
  const repository = {
    state: async (userId: string) => {
      reads += 1;
      return database.get(userId);
    },
  } as unknown as SessionsRepository;
  const cache = new SessionStateCache(repository, loadConfig({ SESSION_CACHE_SECONDS: seconds }));
  let clock = 1_000_000;
  cache.now = () => clock;
  return {
    cache,
    database,
    reads: () => reads,
    advance: (ms: number) => (clock += ms),
  };
}

describe('SessionStateCache', () => {
  it('serves what it read for SESSION_CACHE_SECONDS, then reads the database again', async () => {
    const { cache, database, reads, advance } = cacheOver('5');
    database.set('u1', ACTIVE);
    expect(await cache.current('u1', 's1')).toEqual(ACTIVE);
    database.set('u1', { ...ACTIVE, active: false }); // changed by another process
    advance(4_999);
    expect((await cache.current('u1', 's1'))?.active).toBe(true);
    advance(1);
    expect((await cache.current('u1', 's1'))?.active).toBe(false);
    expect(reads()).toBe(2);
  });

  it('forgets a user at once when this process changes the account', async () => {
    const { cache, database } = cacheOver('5');
    database.set('u1', ACTIVE);
    database.set('u2', ACTIVE);
    await cache.current('u1', 's1');
    await cache.current('u2', 's1');
    database.delete('u1');
    cache.forget('u1');
    expect(await cache.current('u1', 's1')).toBeUndefined();
    expect(cache.size).toBe(2); // u2 kept, u1 remembered as missing
  });

  it('does not keep a read that began before a change of this process', async () => {
    const { cache, database } = cacheOver('5');
    database.set('u1', ACTIVE);
    const reading = cache.current('u1', 's1');
    cache.forget('u1');
    database.set('u1', { ...ACTIVE, role: 'consultant' });
    await reading;
    expect((await cache.current('u1', 's1'))?.role).toBe('consultant');
  });

  it('stays within its bound, dropping the oldest entries first', async () => {
    const { cache, database } = cacheOver('5');
    database.set('first', ACTIVE);
    await cache.current('first', 's');
    for (let i = 0; i < SESSION_CACHE_MAX_ENTRIES + 10; i += 1) await cache.current(`u${i}`, 's');
    expect(cache.size).toBe(SESSION_CACHE_MAX_ENTRIES);
    database.delete('first');
    expect(await cache.current('first', 's')).toBeUndefined();
  });

  it('reads the database at every request when SESSION_CACHE_SECONDS is 0', async () => {
    const { cache, database, reads } = cacheOver('0');
    database.set('u1', ACTIVE);
    await cache.current('u1', 's1');
    await cache.current('u1', 's1');
    expect(reads()).toBe(2);
    expect(cache.size).toBe(0);
  });
});
