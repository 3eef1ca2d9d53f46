import { type EnqueuedTaskPromise, type Meilisearch, MeilisearchApiError } from 'meilisearch';
import type { SearchIndexName } from '../search-documents.types.js';
import { SearchError } from '../search.error.js';
import { desiredSettings, settingsToUpdate } from './meilisearch-settings.js';

/** The Meilisearch indexes of one deployment: their uids, their settings, and waiting for tasks. */
export class MeilisearchIndexes {
  /** Indexes whose settings this process has checked; a failed check is tried again next time. */
  private readonly prepared = new Map<SearchIndexName, Promise<void>>();

  constructor(
    private readonly client: Meilisearch,
    private readonly prefix: string,
    private readonly taskTimeoutMs: number,
  ) {}

  uid(index: SearchIndexName): string {
    return `${this.prefix}_${index}`;
  }

  /** Forgets what was checked, so that the next use compares the settings again. */
  reset(): void {
    this.prepared.clear();
  }

  /**
   * Settings are checked before the first use of an index in this process, not only at start-up: a
   * server that was down when the worker started gets its settings before the first write, instead
   * of an index that Meilisearch would create with none.
   */
  ready(index: SearchIndexName): Promise<void> {
    let ready = this.prepared.get(index);
    if (!ready) {
      ready = this.prepare(this.uid(index), index);
      ready.catch(() => this.prepared.delete(index));
      this.prepared.set(index, ready);
    }
    return ready;
  }

  /** Creates the index if needed and updates only the settings that differ from ours. */
  async prepare(uid: string, index: SearchIndexName): Promise<void> {
    await this.ensureExists(uid);
    const current = await this.client.index(uid).getSettings();
    const update = settingsToUpdate(desiredSettings(index), current);
    if (Object.keys(update).length > 0)
      await this.run(this.client.index(uid).updateSettings(update));
  }

  async ensureExists(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
    } catch (error) {
      const missing =
        error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
      if (!missing) throw error;
      await this.run(this.client.createIndex(uid, { primaryKey: 'id' }));
    }
  }

  /** Waits for the task and checks that it succeeded: an enqueued write is not yet a done write. */
  async run(task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: this.taskTimeoutMs });
    if (done.status !== 'succeeded') {
      throw SearchError.writeFailed(`${done.type} ${done.status}: ${done.error?.message ?? ''}`);
    }
  }
}
