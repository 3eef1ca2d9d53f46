import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export interface Constraint {
  code: string;
  label: string;
  passed: boolean;
  detail: string;
  toVerify: boolean;
}
export interface Factor {
  code: string;
  label: string;
  points: number;
  max: number;
  detail: string;
}
export interface VacancyMatch {
  score: number;
  distanceKm: number;
  summary: string;
  constraints: Constraint[];
  factors: Factor[];
  isNew: boolean;
  vacancy: {
    id: string;
    title: string;
    companyId: string;
    companyName: string;
    municipalityCode: string;
    contractType: string;
    kmZero: boolean;
    reservedL68: string | null;
  };
}
export interface CandidateMatch extends Omit<VacancyMatch, 'vacancy'> {
  candidate: { id: string; firstName: string; lastName: string; municipalityCode: string };
}
export interface MatchList<T> {
  items: T[];
  computedAt: string | null;
  pending: boolean;
  newSinceLastVisit: number;
  withheld: number;
}
export interface Explanation {
  possible: boolean;
  score?: number;
  summary: string;
  constraints: Constraint[];
  factors?: Factor[];
  vacancyOpen: boolean;
}

export type MatchFilter = NonNullable<
  paths['/api/candidates/{id}/matches']['get']['parameters']['query']
>;

export function useCandidateMatches(candidateId: string, filter: MatchFilter) {
  return useQuery({
    queryKey: ['matches', candidateId, filter],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/matches', 'get', MatchList<VacancyMatch>>>(
        api.GET('/api/candidates/{id}/matches', {
          params: { path: { id: candidateId }, query: filter },
        }),
      ),
    // Until the worker has computed the list, look again every two seconds.
    refetchInterval: (query) =>
      query.state.data && !query.state.data.pending && query.state.data.computedAt ? false : 2000,
  });
}

export function useExplanation(candidateId: string, vacancyId: string) {
  return useQuery({
    queryKey: ['explanation', candidateId, vacancyId],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/matches/{vacancyId}', 'get', Explanation>>(
        api.GET('/api/candidates/{id}/matches/{vacancyId}', {
          params: { path: { id: candidateId, vacancyId } },
        }),
      ),
  });
}

export function useVacancyMatches(vacancyId: string) {
  return useQuery({
    queryKey: ['vacancy-matches', vacancyId],
    queryFn: () =>
      unwrap<Body<'/api/vacancies/{id}/matches', 'get', MatchList<CandidateMatch>>>(
        api.GET('/api/vacancies/{id}/matches', {
          params: { path: { id: vacancyId }, query: { markSeen: false } },
        }),
      ),
  });
}

export function useVacancy(vacancyId: string) {
  return useQuery({
    queryKey: ['vacancy', vacancyId],
    queryFn: () =>
      unwrap<Body<'/api/vacancies/{id}', 'get', { id: string; title: string; companyId: string }>>(
        api.GET('/api/vacancies/{id}', { params: { path: { id: vacancyId } } }),
      ),
  });
}

export function usePropose(candidateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vacancyId: string) =>
      unwrap<{ id: string }>(api.POST('/api/proposals', { body: { candidateId, vacancyId } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['proposals', candidateId] }),
  });
}
