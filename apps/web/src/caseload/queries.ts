import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export type CaseloadFilter = NonNullable<paths['/api/caseload']['get']['parameters']['query']>;
export type CaseloadPage = Body<'/api/caseload', 'get'>;
export type CaseloadItem = CaseloadPage['items'][number];

export function useCaseload(filter: CaseloadFilter) {
  return useQuery({
    queryKey: ['candidates', 'caseload', filter],
    queryFn: () => unwrap<CaseloadPage>(api.GET('/api/caseload', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** Names of the municipalities of a list of ISTAT codes (one request for a whole page). */
export function useMunicipalityNames(codes: string[]) {
  const unique = [...new Set(codes)].sort();
  return useQuery({
    queryKey: ['municipalities', unique],
    enabled: unique.length > 0,
    staleTime: Infinity,
    queryFn: async () => {
      const { items } = await unwrap<Body<'/api/municipalities', 'get'>>(
        api.GET('/api/municipalities', { params: { query: { codes: unique.join(',') } } }),
      );
      return new Map(items.map((m) => [m.code, m]));
    },
  });
}
