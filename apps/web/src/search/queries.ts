import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Hit<P extends '/api/search/vacancies' | '/api/search/companies' | '/api/search/courses'> =
  Body<P, 'get'>['hits'][number];
export type VacancyDoc = Hit<'/api/search/vacancies'>['document'];
export type CompanyDoc = Hit<'/api/search/companies'>['document'];
export type CourseDoc = Hit<'/api/search/courses'>['document'];
export interface SearchResult<D> {
  hits: Array<{ document: D; matchedTerms: string[]; distanceKm?: number }>;
  total: number;
  facets: Partial<Record<string, Record<string, number>>>;
}

type Q<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer T } } }
  ? NonNullable<T>
  : never;
export type VacancyQuery = Q<'/api/search/vacancies'>;
export type CompanyQuery = Q<'/api/search/companies'>;
export type CourseQuery = Q<'/api/search/courses'>;

export function searchVacancies(query: VacancyQuery) {
  return unwrap<Body<'/api/search/vacancies', 'get'>>(
    api.GET('/api/search/vacancies', { params: { query } }),
  );
}

export function useSearch<D>(
  kind: 'vacancies' | 'companies' | 'courses',
  query: Record<string, unknown>,
  enabled = true,
) {
  return useQuery({
    queryKey: ['search', kind, query],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap<SearchResult<D>>(
        api.GET(`/api/search/${kind}` as '/api/search/vacancies', {
          params: { query: query as VacancyQuery },
        }),
      ),
  });
}
