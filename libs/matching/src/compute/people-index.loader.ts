import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryPrepared } from '#libs/platform';
import { DataSource } from 'typeorm';
import type { VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext } from '../domain/match-result.types.js';
import { PeopleIndexReader, type PeopleIndexRow } from '../store/people-index.reader.js';
import { organisationsReachedQuery } from '../store/prefilter.sql.js';
import { PeopleIndex, type PersonInReachRow } from './people-index.calculator.js';
import type { SurvivingRows } from './directed-top-matches.calculator.js';
import { INDEX_SYNC_MS, SYNC_OVERLAP_MS } from './vacancy-index.loader.js';

const PAGE = 5000;

/**
 * The worker's in-memory index of active people, the reverse query of a vacancy without walking the
 * database's reach index: loaded on first use, kept fresh by polling the people changed since the
 * last poll (every worker process has its own copy, so each one polls), and refreshed at once for a
 * person the process itself recomputes. What it cannot hold stays in the database and is asked per
 * vacancy: who sees the vacancy and whether it is open (organisationsReachedQuery), and, for a
 * vacancy reserved under Law 68, who of the people found is registered in its category (the keyed
 * blind index: no special-category fact enters the worker's memory).
 */
@Injectable()
export class PeopleIndexLoader {
  private index: PeopleIndex | null = null;
  private syncedFrom: Date | null = null;
  private lastSync = 0;
  private loading: Promise<PeopleIndex> | null = null;
  private readonly reader: PeopleIndexReader;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.reader = new PeopleIndexReader(dataSource);
  }

  /** The index as of now (at most INDEX_SYNC_MS old), loading it on first use. */
  async current(): Promise<PeopleIndex> {
    if (!this.index) {
      this.loading ??= this.load().finally(() => (this.loading = null));
      return this.loading;
    }
    if (Date.now() - this.lastSync >= INDEX_SYNC_MS) await this.sync();
    return this.index;
  }

  /** Reads these people again now (the one a job recomputes, whatever the last poll saw). */
  async refresh(ids: readonly string[]): Promise<void> {
    if (!this.index) return;
    this.apply(this.index, await this.reader.byIds(ids), ids);
  }

  /**
   * The people who might take the vacancy, each with the reverse query's bound: those of the
   * organisations that see it (`owner`, when given, must be its organisation), none if it is not
   * open on the context's day. For a vacancy reserved under Law 68, `admit` keeps those registered
   * in its category: asked of the database for the rows a ranking reaches (AdmittedRanking), not
   * for every one (20,000 people near a site in Milan: one HMAC each).
   */
  async survivors(
    vacancy: VacancyMatchProfile,
    context: MatchContext,
    owner?: string,
  ): Promise<SurvivingRows<PersonInReachRow>> {
    const query = organisationsReachedQuery(vacancy.id, context.today, owner);
    const [index, seeing] = await Promise.all([
      this.current(),
      queryPrepared<{ organisation_id: string }>(this.dataSource, query.sql, query.params),
    ]);
    if (seeing.length === 0) return { rows: [] };
    const rows = index.inReach(
      vacancy,
      seeing.map((row) => row.organisation_id),
      context,
    );
    const category = vacancy.reservedL68;
    if (category === null) return { rows };
    return { rows, admit: (ids) => this.reader.registeredUnderL68(ids, category) };
  }

  /** Every person who might take the vacancy (survivors, each admitted). */
  async reach(
    vacancy: VacancyMatchProfile,
    context: MatchContext,
    owner?: string,
  ): Promise<PersonInReachRow[]> {
    const { rows, admit } = await this.survivors(vacancy, context, owner);
    if (!admit) return rows;
    const admitted = await admit(rows.map((row) => row.id));
    return rows.filter((row) => admitted.has(row.id));
  }

  private async load(): Promise<PeopleIndex> {
    const index = new PeopleIndex();
    const now = await this.reader.readAll(PAGE, (people) => {
      for (const person of people) index.upsert(person);
    });
    this.index = index;
    this.syncedFrom = now;
    this.lastSync = Date.now();
    return index;
  }

  private async sync(): Promise<void> {
    this.lastSync = Date.now();
    const [{ now }]: Array<{ now: Date }> = await this.dataSource.query('SELECT now()');
    const since = new Date(this.syncedFrom!.getTime() - SYNC_OVERLAP_MS);
    this.apply(this.index!, await this.reader.changedSince(since), []);
    this.syncedFrom = now;
  }

  /** Upserts the people to index, removes the others and the `asked` ids that no longer exist. */
  private apply(index: PeopleIndex, rows: readonly PeopleIndexRow[], asked: readonly string[]) {
    for (const row of rows) {
      if (row.indexed) index.upsert(row.person);
      else index.remove(row.person.id);
    }
    const found = new Set(rows.map((row) => row.person.id));
    for (const id of asked) if (!found.has(id)) index.remove(id);
  }
}
