import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { CandidateMatchProfile, VacancyMatchProfile } from '../domain/match-profiles.types.js';
import type { MatchContext, PairEvaluation, PossiblePair } from '../domain/match-result.types.js';
import type { MatchProfilesReader } from '../store/match-profiles.reader.js';
import {
  candidatesForVacancyQuery,
  type MatchFilters,
  type PrefilterQuery,
  reachShares,
  vacanciesForCandidateQuery,
} from '../store/prefilter.sql.js';
import type { MatchSubjectType } from '../store/stored-matches.writer.js';
import { type SoftCandidate, type SoftVacancy, softVacancy } from './soft-bound.calculator.js';

/** A pre-filtered row: the other side's id, the SQL part of the score bound, and its taxonomy terms. */
export interface BoundRow {
  id: string;
  bound: number;
}

type SoftPoints = (candidate: SoftCandidate, vacancy: SoftVacancy) => number;

/**
 * One direction of matching: a subject (the candidate or the vacancy whose best matches are wanted)
 * and the other side. Every step of finding, recomputing and listing is written once and asks the
 * direction for what differs: which pre-filter, which profiles, which way round a pair is evaluated.
 */
export interface MatchDirection<S extends { id: string }, O extends { id: string }> {
  subject: MatchSubjectType;
  other: MatchSubjectType;
  /** The pre-filter, in shares to be asked at once (their rows together are the survivors). */
  prefilter(
    organisationId: string,
    id: string,
    today: string,
    filters?: MatchFilters,
  ): PrefilterQuery[];
  loadSubject(reader: MatchProfilesReader, organisationId: string, id: string): Promise<S | null>;
  /** The other side's profiles among `ids` that the subject may be paired with (see visibility). */
  loadOthers(
    reader: MatchProfilesReader,
    organisationId: string,
    ids: string[],
    subjectId: string,
  ): Promise<O[]>;
  /** The exact taxonomy points of a pre-filtered row against the subject (see softPointsFor). */
  softPoints(points: SoftPoints, subject: S, row: BoundRow): number;
  evaluate(subject: S, other: O, context: MatchContext): PairEvaluation;
  /** The other side's id in a pair. */
  otherId(pair: PossiblePair): string;
  /** The pair's profiles, candidate first. */
  profiles(subject: S, other: O): [CandidateMatchProfile, VacancyMatchProfile];
  /** The list flags of a stored pair, from the subject's list and the other side's list. */
  sides(inMine: boolean, inTheirs: boolean): { forCandidate: boolean; forVacancy: boolean };
}

/** The vacancy-side row also carries the vacancy's taxonomy terms (see vacanciesForCandidateQuery). */
type VacancyBoundRow = BoundRow & Parameters<typeof softVacancy>[0];
/** `soft` is the JSON text of match_soft_terms: the SoftCandidate fields, as the profile reads them. */
type CandidateBoundRow = BoundRow & { soft: string };

/** A candidate's best vacancies. */
export const CANDIDATE_TO_VACANCIES: MatchDirection<CandidateMatchProfile, VacancyMatchProfile> = {
  subject: 'candidate',
  other: 'vacancy',
  prefilter: (organisationId, id, today, filters) => [
    vacanciesForCandidateQuery(organisationId, id, today, filters),
  ],
  loadSubject: (reader, organisationId, id) => reader.candidate(organisationId, id),
  loadOthers: (reader, organisationId, ids) => reader.vacancies(organisationId, ids),
  softPoints: (points, candidate, row) => points(candidate, softVacancy(row as VacancyBoundRow)),
  evaluate: (candidate, vacancy, context) => evaluatePair(candidate, vacancy, context),
  otherId: (pair) => pair.vacancyId,
  profiles: (candidate, vacancy) => [candidate, vacancy],
  sides: (inMine, inTheirs) => ({ forCandidate: inMine, forVacancy: inTheirs }),
};

/** A vacancy's best candidates (the pre-filter takes no reader's filters in this direction). */
export const VACANCY_TO_CANDIDATES: MatchDirection<VacancyMatchProfile, CandidateMatchProfile> = {
  subject: 'vacancy',
  other: 'candidate',
  prefilter: (organisationId, id, today) =>
    reachShares().map((share) =>
      candidatesForVacancyQuery(organisationId, id, today, undefined, share),
    ),
  loadSubject: (reader, organisationId, id) => reader.vacancy(organisationId, id),
  loadOthers: (reader, _organisationId, ids, vacancyId) => reader.candidatesSeeing(vacancyId, ids),
  softPoints: (points, vacancy, row) =>
    points(JSON.parse((row as CandidateBoundRow).soft) as SoftCandidate, vacancy),
  evaluate: (vacancy, candidate, context) => evaluatePair(candidate, vacancy, context),
  otherId: (pair) => pair.candidateId,
  profiles: (vacancy, candidate) => [candidate, vacancy],
  sides: (inMine, inTheirs) => ({ forCandidate: inTheirs, forVacancy: inMine }),
};
