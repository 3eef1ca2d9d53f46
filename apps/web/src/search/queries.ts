import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export interface SearchResult<D> {
  hits: Array<{ document: D; matchedTerms: string[]; distanceKm?: number }>;
  total: number;
  facets: Record<string, Record<string, number>>;
}
export interface VacancyDoc {
  id: string;
  title: string;
  companyName: string;
  municipalityName: string;
  contractType: string;
  contractLabel: string;
  kmZero: boolean;
  reservedL68: string | null;
  minItalianLevel: string;
  publishedAt: string;
}
export interface CompanyDoc {
  id: string;
  name: string;
  atecoLabel: string | null;
  municipalityName: string | null;
  l68Status: string;
  kmZero: boolean;
}
export interface CourseDoc {
  id: string;
  kind: string;
  title: string;
  provider: string | null;
  municipalityName: string | null;
  cefrLevel: string | null;
  startsOn: string | null;
}

type Q<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer T } } }
  ? NonNullable<T>
  : never;
export type VacancyQuery = Q<'/api/search/vacancies'>;
export type CompanyQuery = Q<'/api/search/companies'>;
export type CourseQuery = Q<'/api/search/courses'>;

export function searchVacancies(query: VacancyQuery) {
  return unwrap<Body<'/api/search/vacancies', 'get', SearchResult<VacancyDoc>>>(
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
