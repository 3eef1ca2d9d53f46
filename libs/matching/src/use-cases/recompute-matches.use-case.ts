import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { distanceKm, todayInRome } from '#libs/kernel';
import { asOrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { PossiblePair } from '../domain/match-result.types.js';
import type {
  ComputedMatches,
  FindMatchesInput,
} from '../compute/directed-top-matches.calculator.js';
import {
  CANDIDATE_TO_VACANCIES,
  type MatchDirection,
  VACANCY_TO_CANDIDATES,
} from '../compute/match-direction.rules.js';
import { MatchingTaxonomy } from '../compute/matching-context.loader.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import { MatchSubjectsReader } from '../store/match-subjects.reader.js';
import { MatchesRepository } from '../store/matches.repository.js';
import { packedExplanationJson } from '../store/stored-explanation.codec.js';
import { lowerListCuts, ownListCut } from '../store/stored-list-cuts.js';
import {
  entersList,
  listCuts,
  markComputed,
  type MatchSubject,
  type MatchSubjectType,
  replaceSubjectMatches,
  type StoredMatch,
} from '../store/stored-matches.writer.js';
import { FindMatchesForCandidate } from './find-matches-for-candidate.use-case.js';
import { FindMatchesForVacancy } from './find-matches-for-vacancy.use-case.js';

/** How many matches are stored for each side: the lists the tutors and consultants read. */
export const STORED_MATCHES: Readonly<Record<MatchSubjectType, number>> = {
  candidate: 50,
  vacancy: 100,
};

export interface RecomputeResult {
  stored: number;
  survivors: number;
  scored: number;
}

interface SubjectRows {
  rows: StoredMatch[];
  survivors: number;
  scored: number;
}

/**
 * Recomputes the stored matches of one candidate or vacancy from the rows as they are now (the
 * newest data always wins, whatever the job says). The subject's own list is replaced; the pairs it
 * holds in the other side's lists are rescored (or dropped when no longer possible), and its new best
 * pairs enter the other side's lists when they beat their cut (listCuts). A subject that no longer
 * takes part (archived, closed, erased, not open) ends with no stored matches.
 */
@Injectable()
export class RecomputeMatchesUseCase {
  private readonly subjects: MatchSubjectsReader;
  private readonly matches: MatchesRepository;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forCandidate: FindMatchesForCandidate,
    private readonly forVacancy: FindMatchesForVacancy,
    private readonly matching: MatchingTaxonomy,
  ) {
    this.subjects = new MatchSubjectsReader(dataSource);
    this.matches = new MatchesRepository(dataSource);
  }

  async execute(subjectType: MatchSubjectType, id: string): Promise<RecomputeResult> {
    const startedAt = new Date();
    const organisationId = await this.subjects.organisationOf(subjectType, id);
    if (!organisationId) {
      await this.matches.forgetSubject(subjectType, id);
      return { stored: 0, survivors: 0, scored: 0 };
    }
    const subject: MatchSubject = { type: subjectType, id, organisationId };
    const today = todayInRome();
    const active = await this.subjects.isActive(subjectType, id, today);
    const { rows, survivors, scored } = !active
      ? { rows: [], survivors: 0, scored: 0 }
      : subjectType === 'candidate'
        ? await this.subjectRows(CANDIDATE_TO_VACANCIES, subject, today, (input) =>
            this.forCandidate.execute(input),
          )
        : await this.subjectRows(VACANCY_TO_CANDIDATES, subject, today, (input) =>
            this.forVacancy.execute(input),
          );
    await this.dataSource.transaction(async (manager) => {
      await replaceSubjectMatches(manager, subject, rows);
      if (subjectType === 'vacancy') await lowerListCuts(manager, id);
      const cut = subjectType === 'candidate' ? ownListCut(rows, STORED_MATCHES.candidate) : null;
      await markComputed(manager, subject, startedAt, cut);
    });
    return { stored: rows.length, survivors, scored };
  }

  /**
   * The subject's new best pairs, plus the pairs it holds in the other side's lists rescored (dropped
   * when no longer possible); a new pair enters the other side's list when it beats its cut.
   */
  private async subjectRows<S extends { id: string }, O extends { id: string }>(
    direction: MatchDirection<S, O>,
    subject: MatchSubject,
    today: string,
    find: (input: FindMatchesInput) => Promise<ComputedMatches<S, O> | null>,
  ): Promise<SubjectRows> {
    const organisationId = asOrganisationId(subject.organisationId);
    const found = await find({
      organisationId,
      id: subject.id,
      limit: STORED_MATCHES[direction.subject],
      today,
    });
    if (!found) return { rows: [], survivors: 0, scored: 0 };
    const held = await this.matches.heldElsewhere(subject);
    const reader = new MatchProfilesReader(this.dataSource);
    const refresh = held.filter((otherId) => !found.others.has(otherId));
    for (const other of await direction.loadOthers(reader, organisationId, refresh, subject.id))
      found.others.set(other.id, other);
    const context = this.matching.context(today);
    const top = new Set(found.pairs.map(direction.otherId));
    const cuts = await listCuts(
      this.dataSource.manager,
      direction.other,
      [...top],
      [subject.id],
      STORED_MATCHES[direction.other],
    );
    const pairs = new Map<string, PossiblePair>(
      found.pairs.map((pair) => [direction.otherId(pair), pair]),
    );
    for (const otherId of refresh) {
      const other = found.others.get(otherId);
      const pair = other && direction.evaluate(found.subject, other, context);
      if (pair?.possible) pairs.set(otherId, pair);
    }
    const rows = [...pairs.values()].map((pair) => {
      const otherId = direction.otherId(pair);
      const cut = cuts.get(otherId);
      const beatsCut = entersList(cut, STORED_MATCHES[direction.other], pair.score);
      const [candidate, vacancy] = direction.profiles(found.subject, found.others.get(otherId)!);
      return storedMatch(
        pair,
        candidate,
        vacancy,
        direction.sides(top.has(otherId), held.includes(otherId) || beatsCut),
      );
    });
    return { rows, survivors: found.survivors, scored: found.scored };
  }
}

/** A possible pair as a stored row, with the list flags of both sides. */
export function storedMatch(
  pair: PossiblePair,
  candidate: CandidateMatchProfile,
  vacancy: VacancyMatchProfile,
  sides: { forCandidate: boolean; forVacancy: boolean },
): StoredMatch {
  return {
    candidateId: pair.candidateId,
    vacancyId: pair.vacancyId,
    score: pair.score,
    explanation: packedExplanationJson(pair),
    distanceKm: distanceKm(candidate.home, vacancy.site),
    contractType: vacancy.contractType,
    kmZero: vacancy.kmZero,
    reservedL68: vacancy.reservedL68,
    ...sides,
  };
}
