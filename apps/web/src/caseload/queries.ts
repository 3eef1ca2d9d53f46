import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import type { PATHWAY_STATUS_LABELS } from './labels';

export type CaseloadFilter = NonNullable<paths['/api/candidates']['get']['parameters']['query']>;

export interface CandidateSummary {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  home: { municipalityCode: string };
  italianLevel: string;
  pathwayStatus: keyof typeof PATHWAY_STATUS_LABELS;
  assignedTutorIds: string[];
  archivedAt: string | null;
  updatedAt: string;
}
type CandidatePage = { items: CandidateSummary[]; total: number; page: number; pageSize: number };

export function useCaseload(filter: CaseloadFilter) {
  return useQuery({
    queryKey: ['candidates', filter],
    queryFn: () =>
      unwrap<Body<'/api/candidates', 'get', CandidatePage>>(
        api.GET('/api/candidates', { params: { query: filter } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export interface Municipality {
  code: string;
  name: string;
  provinceCode: string;
  province: string;
}

/** Names of the municipalities of a list of ISTAT codes (one request for a whole page). */
export function useMunicipalityNames(codes: string[]) {
  const unique = [...new Set(codes)].sort();
  return useQuery({
    queryKey: ['municipalities', unique],
    enabled: unique.length > 0,
    staleTime: Infinity,
    queryFn: async () => {
      const { items } = await unwrap<Body<'/api/municipalities', 'get', { items: Municipality[] }>>(
        api.GET('/api/municipalities', { params: { query: { codes: unique.join(',') } } }),
      );
      return new Map(items.map((m) => [m.code, m]));
    },
  });
}
