import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { distanceKm } from '#libs/kernel';
import { asOrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import { evaluatePair } from '../domain/match-explanation.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.js';
import type { PossiblePair } from '../domain/match-result.js';
import { todayInRome } from '#libs/kernel';
import { MatchingTaxonomy } from '../compute/matching-context.js';
import { MatchProfilesReader } from '../store/match-profiles.reader.js';
import {
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

/**
 * Recomputes the stored matches of one candidate or vacancy from the rows as they are now (the
 * newest data always wins, whatever the job says). The subject's own list is replaced; the pairs it
 * holds in the other side's lists are rescored (or dropped when no longer possible), and its new best
 * pairs enter the other side's lists when they beat their lowest score. A subject that no longer
 * takes part (archived, closed, erased, not open) ends with no stored matches.
 */
@Injectable()
export class RecomputeMatchesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forCandidate: FindMatchesForCandidate,
    private readonly forVacancy: FindMatchesForVacancy,
    private readonly matching: MatchingTaxonomy,
  ) {}

  async execute(subjectType: MatchSubjectType, id: string): Promise<RecomputeResult> {
    const startedAt = new Date();
    const table = subjectType === 'candidate' ? 'candidates' : 'vacancies';
    const [owner]: Array<{ organisation_id: string }> = await this.dataSource.query(
      `SELECT organisation_id FROM ${table} WHERE id = $1`,
      [id],
    );
    if (!owner) {
      await this.dataSource.query(
        `DELETE FROM match_subjects WHERE subject_type = $1 AND subject_id = $2`,
        [subjectType, id],
      );
      return { stored: 0, survivors: 0, scored: 0 };
    }
    const subject: MatchSubject = { type: subjectType, id, organisationId: owner.organisation_id };
    const today = todayInRome();
    const empty = { rows: [], survivors: 0, scored: 0 };
    const active = await this.isActive(subject, today);
    const { rows, survivors, scored } = !active
      ? empty
      : subjectType === 'candidate'
        ? await this.candidateRows(subject, today)
        : await this.vacancyRows(subject, today);
    await this.dataSource.transaction(async (manager) => {
      await replaceSubjectMatches(manager, subject, rows);
      await markComputed(manager, subject, startedAt);
    });
    return { stored: rows.length, survivors, scored };
  }

  private async candidateRows(subject: MatchSubject, today: string) {
    const organisationId = asOrganisationId(subject.organisationId);
    const found = await this.forCandidate.execute({
      organisationId,
      id: subject.id,
      limit: STORED_MATCHES.candidate,
      today,
    });
    if (!found) return { rows: [], survivors: 0, scored: 0 };
    const held = await this.heldElsewhere(subject);
    const reader = new MatchProfilesReader(this.dataSource);
    const refresh = held.filter((vacancyId) => !found.others.has(vacancyId));
    for (const vacancy of await reader.vacancies(organisationId, refresh))
      found.others.set(vacancy.id, vacancy);
    const context = this.matching.context(today);
    const top = new Set(found.pairs.map((pair) => pair.vacancyId));
    const cuts = await listCuts(this.dataSource.manager, 'vacancy', [...top], subject.id);
    const pairs = new Map<string, PossiblePair>(found.pairs.map((pair) => [pair.vacancyId, pair]));
    for (const vacancyId of refresh) {
      const vacancy = found.others.get(vacancyId);
      const pair = vacancy && evaluatePair(found.subject, vacancy, context);
      if (pair?.possible) pairs.set(vacancyId, pair);
    }
    const rows = [...pairs.values()].map((pair) => {
      const cut = cuts.get(pair.vacancyId);
      const beatsCut = !cut || cut.count < STORED_MATCHES.vacancy || pair.score > cut.lowest;
      return storedMatch(pair, found.subject, found.others.get(pair.vacancyId)!, {
        forCandidate: top.has(pair.vacancyId),
        forVacancy: held.includes(pair.vacancyId) || beatsCut,
      });
    });
    return { rows, survivors: found.survivors, scored: found.scored };
  }

  private async vacancyRows(subject: MatchSubject, today: string) {
    const organisationId = asOrganisationId(subject.organisationId);
    const found = await this.forVacancy.execute({
      organisationId,
      id: subject.id,
      limit: STORED_MATCHES.vacancy,
      today,
    });
    if (!found) return { rows: [], survivors: 0, scored: 0 };
    const held = await this.heldElsewhere(subject);
    const reader = new MatchProfilesReader(this.dataSource);
    const refresh = held.filter((candidateId) => !found.others.has(candidateId));
    for (const candidate of await reader.candidates(organisationId, refresh))
      found.others.set(candidate.id, candidate);
    const context = this.matching.context(today);
    const top = new Set(found.pairs.map((pair) => pair.candidateId));
    const cuts = await listCuts(this.dataSource.manager, 'candidate', [...top], subject.id);
    const pairs = new Map<string, PossiblePair>(
      found.pairs.map((pair) => [pair.candidateId, pair]),
    );
    for (const candidateId of refresh) {
      const candidate = found.others.get(candidateId);
      const pair = candidate && evaluatePair(candidate, found.subject, context);
      if (pair?.possible) pairs.set(candidateId, pair);
    }
    const rows = [...pairs.values()].map((pair) => {
      const cut = cuts.get(pair.candidateId);
      const beatsCut = !cut || cut.count < STORED_MATCHES.candidate || pair.score > cut.lowest;
      return storedMatch(pair, found.others.get(pair.candidateId)!, found.subject, {
        forCandidate: held.includes(pair.candidateId) || beatsCut,
        forVacancy: top.has(pair.candidateId),
      });
    });
    return { rows, survivors: found.survivors, scored: found.scored };
  }

  /** The other side's ids whose lists hold a pair with this subject. */
  private async heldElsewhere(subject: MatchSubject): Promise<string[]> {
    const [key, other, flag] =
      subject.type === 'candidate'
        ? ['candidate_id', 'vacancy_id', 'for_vacancy']
        : ['vacancy_id', 'candidate_id', 'for_candidate'];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT ${other} AS id FROM matches WHERE ${key} = $1 AND ${flag}`,
      [subject.id],
    );
    return rows.map((row) => row.id);
  }

  /** Whether the subject takes part in matching today (same rules as the pre-filter). */
  private async isActive(subject: MatchSubject, today: string): Promise<boolean> {
    const sql =
      subject.type === 'candidate'
        ? `SELECT (archived_at IS NULL AND erased_at IS NULL AND pathway_status <> 'CLOSED') AS active
             FROM candidates WHERE id = $1 AND $2::date IS NOT NULL`
        : `SELECT (status = 'OPEN' AND archived_at IS NULL
                   AND (expires_at IS NULL OR expires_at >= $2::date)) AS active
             FROM vacancies WHERE id = $1`;
    const [row]: Array<{ active: boolean }> = await this.dataSource.query(sql, [subject.id, today]);
    return row?.active ?? false;
  }
}

function storedMatch(
  pair: PossiblePair,
  candidate: CandidateMatchProfile,
  vacancy: VacancyMatchProfile,
  sides: { forCandidate: boolean; forVacancy: boolean },
): StoredMatch {
  return {
    candidateId: pair.candidateId,
    vacancyId: pair.vacancyId,
    score: pair.score,
    explanation: { summary: pair.summary, constraints: pair.constraints, factors: pair.factors },
    distanceKm: distanceKm(candidate.home, vacancy.site),
    contractType: vacancy.contractType,
    kmZero: vacancy.kmZero,
    reservedL68: vacancy.reservedL68,
    ...sides,
  };
}
