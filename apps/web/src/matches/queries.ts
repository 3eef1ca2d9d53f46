import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export type VacancyMatch = Body<'/api/candidates/{id}/matches', 'get'>['items'][number];
export type Factor = VacancyMatch['factors'][number];
export type Constraint = VacancyMatch['constraints'][number];
export type CandidateMatch = Body<'/api/vacancies/{id}/matches', 'get'>['items'][number];
export type Explanation = Body<'/api/candidates/{id}/matches/{vacancyId}', 'get'>;

export type MatchFilter = NonNullable<
  paths['/api/candidates/{id}/matches']['get']['parameters']['query']
>;

export function useCandidateMatches(candidateId: string, filter: MatchFilter) {
  return useQuery({
    queryKey: ['matches', candidateId, filter],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/matches', 'get'>>(
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
      unwrap<Body<'/api/candidates/{id}/matches/{vacancyId}', 'get'>>(
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
      unwrap<Body<'/api/vacancies/{id}/matches', 'get'>>(
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
      unwrap<Body<'/api/vacancies/{id}', 'get'>>(
        api.GET('/api/vacancies/{id}', { params: { path: { id: vacancyId } } }),
      ),
  });
}

export function usePropose(candidateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vacancyId: string) =>
      unwrap<Body<'/api/proposals', 'post'>>(
        api.POST('/api/proposals', { body: { candidateId, vacancyId } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['proposals', candidateId] }),
  });
}
