import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInRome } from '#libs/kernel';
import { DataSource } from 'typeorm';
import type { CandidateMatchProfile } from '../domain/match-profiles.types.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { evaluatePeople, peopleInReach } from '../compute/people-in-reach.calculator.js';
import { PeopleIndexLoader } from '../compute/people-index.loader.js';
import { VacancyIndexLoader } from '../compute/vacancy-index.loader.js';
import { addToCandidateLists } from '../store/batch-matches.writer.js';
import { keptListCuts, lowerListCuts } from '../store/stored-list-cuts.js';
import { entersList, listCuts } from '../store/stored-matches.writer.js';
import { STORED_MATCHES, storedMatch } from './recompute-matches.use-case.js';

/** PostgreSQL gives a query one core: the lists' cuts are read on this many connections at once. */
const LIST_CUT_SHARES = 2;

export interface PushResult {
  /** People in the vacancy's reach, and those whose list it entered. */
  inReach: number;
  added: number;
}

/**
 * A new or changed vacancy enters the list of every person in its reach whose list it now beats,
 * at once, instead of waiting for each person's next recomputation: the reverse query finds the
 * people who might take it, their lists' cuts keep those whose bound can beat them, and the core
 * decides the pair. The vacancy's own list is the recompute job's (RecomputeMatchesUseCase).
 */
@Injectable()
export class PushVacancyToPeopleUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexes: VacancyIndexLoader,
    private readonly matching: MatchingTaxonomy,
    private readonly people: PeopleIndexLoader,
  ) {}

  async execute(vacancyId: string, today: string = todayInRome()): Promise<PushResult> {
    const index = await this.indexes.current(today);
    await this.indexes.refresh([vacancyId], today);
    const vacancy = index.get(vacancyId);
    if (!vacancy || (vacancy.expiresOn !== null && vacancy.expiresOn < today))
      return { inReach: 0, added: 0 };
    const context = this.matching.context(today);
    const reach = await peopleInReach(this.people, vacancy, context);
    const limit = STORED_MATCHES.candidate;
    const cuts = await this.cutsOf(
      reach.map((person) => person.id),
      vacancyId,
    );
    const beats = (id: string, score: number) => entersList(cuts.get(id), limit, score);
    const hopeful = reach.filter((person) => beats(person.id, person.bound));
    const profiles = new Map<string, CandidateMatchProfile>();
    const pairs = await evaluatePeople(
      this.dataSource,
      vacancy.profile,
      hopeful.map((person) => person.id),
      context,
      profiles,
    );
    const rows = pairs
      .filter((pair) => beats(pair.candidateId, pair.score))
      .map((pair) =>
        storedMatch(pair, profiles.get(pair.candidateId)!, vacancy.profile, {
          forCandidate: true,
          forVacancy: false,
        }),
      );
    await this.dataSource.transaction(async (manager) => {
      await addToCandidateLists(manager, rows);
      await lowerListCuts(manager, vacancyId);
    });
    return { inReach: reach.length, added: rows.length };
  }

  /**
   * The cuts of the people's lists: those kept beside their computation (keptListCuts), and for the
   * others (never computed, or forgotten) read from the lists, in LIST_CUT_SHARES shares on as many
   * connections (a list costs an index probe and a sort of its best rows, about 30 µs: a site near
   * Milan reaches 95,000 people). A kept cut counts the vacancy's own pair when the list holds it:
   * the vacancy's recompute, just before, rescored that pair in place.
   */
  private async cutsOf(ids: readonly string[], vacancyId: string) {
    const { kept, unknown } = await keptListCuts(this.dataSource, ids);
    const shares = Array.from({ length: LIST_CUT_SHARES }, (_, share) =>
      unknown.filter((_, i) => i % LIST_CUT_SHARES === share),
    );
    const read = await Promise.all(
      shares.map((share) =>
        listCuts(
          this.dataSource.manager,
          'candidate',
          share,
          [vacancyId],
          STORED_MATCHES.candidate,
        ),
      ),
    );
    return new Map([...kept, ...read.flatMap((cuts) => [...cuts])]);
  }
}
