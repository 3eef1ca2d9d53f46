import { Injectable } from '@nestjs/common';
import { AppConfig, type SessionState, SessionStates } from '#libs/platform';
import { SessionsRepository } from './sessions.repository.js';

/** The most entries kept: past it the oldest go first, so memory stays bounded whatever the load. */
export const SESSION_CACHE_MAX_ENTRIES = 10_000;

interface Entry {
  state: SessionState | undefined;
  until: number;
}

/**
 * What the AuthGuard checks at every request, read from the database and kept for
 * SESSION_CACHE_SECONDS (a few seconds) per user and login. A change made in this process (access
 * change, logout, log out everywhere) forgets the user's entries at once; one made in another process
 * is seen here at most SESSION_CACHE_SECONDS later.
 */
@Injectable()
export class SessionStateCache extends SessionStates {
  private readonly entries = new Map<string, Entry>();
  /** Moves at every forget, so that a read begun before a change is not stored after it. */
  private epoch = 0;
  private readonly ttlMs: number;
  /** The clock, replaceable in unit tests. */
  now: () => number = Date.now;

  constructor(
    private readonly sessions: SessionsRepository,
    config: AppConfig,
  ) {
    super();
    this.ttlMs = config.SESSION_CACHE_SECONDS * 1000;
  }

  async current(userId: string, sessionId: string): Promise<SessionState | undefined> {
    const key = `${userId}/${sessionId}`;
    const cached = this.entries.get(key);
    if (cached && cached.until > this.now()) return cached.state;
    const epoch = this.epoch;
    const state = await this.sessions.state(userId, sessionId);
    if (this.ttlMs > 0 && epoch === this.epoch)
      this.remember(key, { state, until: this.now() + this.ttlMs });
    return state;
  }

  /** Forgets everything known of the user, after a change to the account or its logins commits. */
  forget(userId: string): void {
    this.epoch += 1;
    const prefix = `${userId}/`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > SESSION_CACHE_MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
