import type { EntityManager } from 'typeorm';
import { entersList, listBestSql, type ListCut } from './stored-matches.writer.js';

/** How long a worker process trusts a list's best scores it read (and kept up to date itself). */
export const LIST_CUT_TTL_MS = 10 * 60_000;

interface Kept {
  /** The list's best scores, best first, at most the list's length. */
  scores: Float64Array;
  count: number;
  readAt: number;
}

/**
 * The cuts of vacancies' lists as a refresh asks them, batch after batch: each list's best scores
 * are read once every ten minutes, and the pairs the process puts in a list are counted in them at
 * once, so that the cut stays the lowest of the list's best (listCuts) as this process writes it. A
 * full refresh asks about the same popular vacancies in every batch of 250 people: reading their
 * lists from the heap every time was most of PostgreSQL's work with two workers, and reading them
 * every minute still cost it about 1 ms a person in a first refresh (a list's read is about 0.4 ms,
 * and within a minute a process asks about most of the region's lists). What another
 * process writes meanwhile is seen at the next read: a list may take a pair that another process's
 * pair has just pushed out of its best, or refuse one whose better rows have just left. Both mend
 * themselves: the vacancy's own recompute keeps only its best, chosen among every person in reach
 * (FindMatchesForVacancy), and the person's next refresh asks again.
 */
export class RecentListCuts {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly size: number,
    private readonly ttlMs: number = LIST_CUT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Reads the best scores of these vacancies' lists, for those not read within the minute; the rows
   * of `excluding` (the people being refreshed) are left out.
   */
  async read(
    manager: EntityManager,
    ids: Iterable<string>,
    excluding: readonly string[],
  ): Promise<void> {
    const now = this.now();
    if (this.kept.size > 4 * 65_536) this.forgetOlderThan(now - this.ttlMs);
    const stale = [...ids].filter((id) => {
      const kept = this.kept.get(id);
      return kept === undefined || now - kept.readAt > this.ttlMs;
    });
    if (stale.length === 0) return;
    const rows: Array<{ id: string; scores: number[] | null }> = await manager.query(
      `SELECT l.id, best.scores
         FROM unnest($1::uuid[]) AS l(id)
        CROSS JOIN LATERAL (
          SELECT array_agg(b.score::float8 ORDER BY b.score DESC) AS scores
            FROM (${listBestSql('vacancy', 'l.id', '$2', '$3')}) b) best`,
      [stale, excluding, this.size],
    );
    for (const row of rows) {
      const scores = new Float64Array(this.size);
      const read = row.scores ?? [];
      scores.set(read);
      this.kept.set(row.id, { scores, count: read.length, readAt: now });
    }
  }

  /** The list's cut as last read and written by this process; `undefined`: an empty list. */
  cut(vacancyId: string): ListCut | undefined {
    const kept = this.kept.get(vacancyId);
    return kept && kept.count > 0
      ? { count: kept.count, lowest: kept.scores[kept.count - 1] }
      : undefined;
  }

  /**
   * Whether a pair with this score enters the vacancy's list (read before: the list is not full, or
   * the pair beats the lowest of its best); when it does, it is counted among them.
   */
  admits(vacancyId: string, score: number): boolean {
    const kept = this.kept.get(vacancyId);
    if (!kept) throw new Error(`The cut of vacancy ${vacancyId} was not read`);
    if (!entersList(this.cut(vacancyId), this.size, score)) return false;
    const { scores } = kept;
    let at = kept.count;
    while (at > 0 && scores[at - 1] < score) at -= 1;
    scores.copyWithin(at + 1, at, Math.min(kept.count, this.size - 1));
    scores[at] = score;
    kept.count = Math.min(kept.count + 1, this.size);
    return true;
  }

  /** Reads these lists again when next asked (what was counted in them was not written). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.kept.delete(id);
  }

  private forgetOlderThan(time: number): void {
    for (const [id, kept] of this.kept) if (kept.readAt < time) this.kept.delete(id);
  }
}
