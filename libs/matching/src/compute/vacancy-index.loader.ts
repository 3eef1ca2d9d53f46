import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInRome } from '#libs/kernel';
import { DataSource } from 'typeorm';
import { VacancyIndexReader, type VacancyIndexRow } from '../store/vacancy-index.reader.js';
import {
  ownOrganisationVisibility,
  type VacancyVisibility,
} from '../store/vacancy-visibility.reader.js';
import { type IndexedVacancy, VacancyIndex } from './vacancy-index.calculator.js';

/** Provider token of the visibility rule the index uses (default: the vacancy's own organisation). */
export const VACANCY_VISIBILITY = Symbol('VACANCY_VISIBILITY');

/** How often at most the index asks the database what changed. */
export const INDEX_SYNC_MS = 1000;
/** Changes are read again this far back: a transaction that began earlier may commit later. */
export const SYNC_OVERLAP_MS = 60_000;
const PAGE = 5000;

/**
 * The worker's in-memory index of open vacancies: loaded once a day (the fair-share window and
 * expiries move with the days), kept fresh by polling the vacancies changed since the last poll
 * (every worker process has its own copy, so each one polls), and refreshed at once for a vacancy the
 * process itself recomputes.
 */
@Injectable()
export class VacancyIndexLoader {
  private index: VacancyIndex | null = null;
  private day: string | null = null;
  private syncedFrom: Date | null = null;
  private lastSync = 0;
  private loading: Promise<VacancyIndex> | null = null;
  private readonly reader: VacancyIndexReader;
  private readonly visibility: VacancyVisibility;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(VACANCY_VISIBILITY) visibility?: VacancyVisibility,
  ) {
    this.reader = new VacancyIndexReader(dataSource);
    this.visibility = visibility ?? ownOrganisationVisibility;
  }

  /** The index as of now (at most INDEX_SYNC_MS old), loading it on first use or on a new day. */
  async current(today: string = todayInRome()): Promise<VacancyIndex> {
    if (!this.index || this.day !== today) {
      this.loading ??= this.load(today).finally(() => (this.loading = null));
      return this.loading;
    }
    if (Date.now() - this.lastSync >= INDEX_SYNC_MS) await this.sync(today);
    return this.index;
  }

  /** Reads these vacancies again now (the one a job recomputes, whatever the last poll saw). */
  async refresh(ids: readonly string[], today: string = todayInRome()): Promise<void> {
    if (!this.index || this.day !== today) return;
    await this.apply(this.index, await this.reader.byIds(today, ids), ids);
  }

  private async load(today: string): Promise<VacancyIndex> {
    const index = new VacancyIndex();
    const [{ now }]: Array<{ now: Date }> = await this.dataSource.query('SELECT now()');
    let after: string | null = null;
    const open: IndexedVacancy[] = [];
    for (;;) {
      const page = await this.reader.openPage(today, after, PAGE);
      open.push(...(await this.indexed(page)));
      if (page.length < PAGE) break;
      after = page[page.length - 1].profile.id;
    }
    index.upsertMany(open);
    this.index = index;
    this.day = today;
    this.syncedFrom = now;
    this.lastSync = Date.now();
    return index;
  }

  private async sync(today: string): Promise<void> {
    this.lastSync = Date.now();
    const [{ now }]: Array<{ now: Date }> = await this.dataSource.query('SELECT now()');
    const since = new Date(this.syncedFrom!.getTime() - SYNC_OVERLAP_MS);
    await this.apply(this.index!, await this.reader.changedSince(today, since), []);
    this.syncedFrom = now;
  }

  /** Upserts the open rows, removes the others and the `asked` ids that no longer exist. */
  private async apply(
    index: VacancyIndex,
    rows: readonly VacancyIndexRow[],
    asked: readonly string[],
  ): Promise<void> {
    const open = await this.indexed(rows);
    for (const row of rows) if (!row.open) index.remove(row.profile.id);
    const found = new Set(rows.map((row) => row.profile.id));
    for (const id of asked) if (!found.has(id)) index.remove(id);
    index.upsertMany(open);
  }

  /** The open rows as the index keeps them, with the organisations that see each. */
  private async indexed(rows: readonly VacancyIndexRow[]): Promise<IndexedVacancy[]> {
    const open = rows.filter((row) => row.open);
    const visibleTo = await this.visibility(
      this.dataSource,
      open.map((row) => ({ id: row.profile.id, organisationId: row.organisationId })),
    );
    return open.map((row) => ({
      profile: row.profile,
      organisationId: row.organisationId,
      visibleTo: visibleTo.get(row.profile.id) ?? new Set([row.organisationId]),
      expiresOn: row.expiresOn,
    }));
  }
}
