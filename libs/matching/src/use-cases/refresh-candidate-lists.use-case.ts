import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInRome } from '#libs/kernel';
import { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { PossiblePair } from '../domain/match-result.types.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { VacancyIndexLoader } from '../compute/vacancy-index.loader.js';
import { markManyComputed, replaceManySubjectsMatches } from '../store/batch-matches.writer.js';
import { MatchesRepository } from '../store/matches.repository.js';
import { RefreshBatchReader, type RefreshCandidate } from '../store/refresh-batch.reader.js';
import { RecentListCuts } from '../store/recent-list-cuts.js';
import { ownListCut } from '../store/stored-list-cuts.js';
import type { MatchSubject, StoredMatch } from '../store/stored-matches.writer.js';
import { STORED_MATCHES, storedMatch } from './recompute-matches.use-case.js';

/** A person of a refresh batch and the rows of their best pairs, before the vacancies' cuts. */
interface PersonRows {
  candidate: RefreshCandidate;
  rows: StoredMatch[];
}

/** A pair as a stored row, in the person's list or not; its place in the vacancy's is decided later. */
const rowOf = (
  pair: PossiblePair,
  candidate: CandidateMatchProfile,
  vacancy: VacancyMatchProfile,
  forCandidate: boolean,
): StoredMatch => storedMatch(pair, candidate, vacancy, { forCandidate, forVacancy: false });

/** People recomputed together: one read and one write for this many lists. */
export const REFRESH_BATCH = 250;

export interface RefreshResult {
  refreshed: number;
  stored: number;
  survivors: number;
  scored: number;
}

/**
 * Recomputes the stored lists of many people at once, from the worker's in-memory index of open
 * vacancies: one read of their profiles, of the pairs they hold in vacancies' lists and of those
 * lists' cuts, the core on the few best vacancies of each, one write. The rows are the ones
 * RecomputeMatchesUseCase stores for each person (its list, its pairs in vacancies' lists rescored or
 * dropped, a new pair entering a vacancy's list when it beats its cut); the cuts leave out the
 * people of the same batch, and are read at most once a minute by the process, which counts in
 * them the pairs it writes (RecentListCuts). People no longer active end with no stored matches.
 */
@Injectable()
export class RefreshCandidateListsUseCase {
  private readonly reader: RefreshBatchReader;
  private readonly matches: MatchesRepository;
  private readonly cuts = new RecentListCuts(STORED_MATCHES.vacancy);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexes: VacancyIndexLoader,
    private readonly matching: MatchingTaxonomy,
  ) {
    this.reader = new RefreshBatchReader(dataSource);
    this.matches = new MatchesRepository(dataSource);
  }

  /**
   * Every active person of one partition (see RefreshBatchReader.partition), a batch at a time, two
   * batches in flight: one is computed while the other's reads and write wait on PostgreSQL (one at
   * a time, the worker's CPU idled through a third of a refresh). A person who stops being active
   * meanwhile ends with no stored matches (execute); one who starts is left to the next sweep or to
   * their own recompute. A failed batch fails the partition once the other's batch is done.
   */
  async executePartition(
    partition: number,
    partitions: number,
    today: string = todayInRome(),
    batchSize: number = REFRESH_BATCH,
  ): Promise<RefreshResult> {
    const total: RefreshResult = { refreshed: 0, stored: 0, survivors: 0, scored: 0 };
    const ids = await this.reader.partition(partition, partitions);
    let next = 0;
    let failed = false;
    const lane = async () => {
      while (!failed && next < ids.length) {
        const batch = ids.slice(next, next + batchSize);
        next += batchSize;
        try {
          const result = await this.execute(batch, today);
          total.refreshed += result.refreshed;
          total.stored += result.stored;
          total.survivors += result.survivors;
          total.scored += result.scored;
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    const lanes = await Promise.allSettled([lane(), lane()]);
    const failure = lanes.find((lane) => lane.status === 'rejected');
    if (failure) throw failure.reason;
    return total;
  }

  async execute(ids: readonly string[], today: string = todayInRome()): Promise<RefreshResult> {
    const startedAt = new Date();
    const [index, found] = await Promise.all([
      this.indexes.current(today),
      this.reader.candidates(ids),
    ]);
    const present = new Set(found.map((c) => c.profile.id));
    for (const id of ids) {
      if (!present.has(id)) await this.matches.forgetSubject('candidate', id);
    }
    const context = this.matching.context(today);
    const subjects: MatchSubject[] = found.map((c) => ({
      type: 'candidate',
      id: c.profile.id,
      organisationId: c.organisationId,
    }));
    const active = found.filter((c) => c.active);
    // The index answers without I/O: give the event loop a turn between people, so that the job's
    // lock is renewed and other jobs progress while a batch is computed. Each person's best pairs
    // become their stored rows at once (explanations packed): a batch's pairs, kept as the core's
    // objects until its write, were most of what the worker's garbage collector copied.
    const lists: PersonRows[] = [];
    let survivors = 0;
    let scored = 0;
    for (const c of active) {
      const top = await index.topFor(
        c.profile,
        c.organisationId,
        context,
        STORED_MATCHES.candidate,
      );
      survivors += top.survivors;
      scored += top.scored;
      lists.push({
        candidate: c,
        rows: top.pairs.map((pair) =>
          rowOf(pair, c.profile, top.others.get(pair.vacancyId)!, true),
        ),
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const held = await this.reader.heldByVacancies(active.map((c) => c.profile.id));
    // A pair already in a vacancy's list stays there, rescored: only the others need its cut (on a
    // nightly refresh, most of a person's best pairs are already held).
    const heldSets = lists.map(({ candidate }) => new Set(held.get(candidate.profile.id)));
    const entering = new Set<string>();
    lists.forEach(({ rows }, i) => {
      for (const row of rows) if (!heldSets[i].has(row.vacancyId)) entering.add(row.vacancyId);
    });
    await this.cuts.read(
      this.dataSource.manager,
      entering,
      subjects.map((s) => s.id),
    );
    const rows: StoredMatch[] = [];
    lists.forEach(({ candidate, rows: inTop }, i) => {
      const heldBy = heldSets[i];
      const listed = new Set(inTop.map((row) => row.vacancyId));
      for (const row of inTop) {
        row.forVacancy = heldBy.has(row.vacancyId) || this.cuts.admits(row.vacancyId, row.score);
        rows.push(row);
      }
      // The pairs the person holds in vacancies' lists outside their own best: rescored, or dropped.
      for (const vacancyId of heldBy) {
        const vacancy = listed.has(vacancyId) ? undefined : index.get(vacancyId);
        if (!vacancy?.visibleTo.has(candidate.organisationId)) continue;
        const pair = evaluatePair(candidate.profile, vacancy.profile, context);
        if (pair.possible) {
          const row = rowOf(pair, candidate.profile, vacancy.profile, false);
          row.forVacancy = true;
          rows.push(row);
        }
      }
    });
    // Each person's list is what this batch writes of it: its cut is kept with it (ownListCut).
    const own = new Map(lists.map(({ candidate, rows: inTop }) => [candidate.profile.id, inTop]));
    const cuts = subjects.map((s) => ownListCut(own.get(s.id) ?? [], STORED_MATCHES.candidate));
    try {
      await this.dataSource.transaction(async (manager) => {
        await replaceManySubjectsMatches(manager, 'candidate', subjects, rows);
        await markManyComputed(manager, 'candidate', subjects, startedAt, cuts);
      });
    } catch (error) {
      this.cuts.forget(entering);
      throw error;
    }
    return { refreshed: subjects.length, stored: rows.length, survivors, scored };
  }
}
