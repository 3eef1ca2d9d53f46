import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import { ApiProblem } from '../api/problem';

export type TeamMember = Body<'/api/users', 'get'>[number];
export type CaseloadItem = Body<'/api/caseload', 'get'>['items'][number];

/** Every open case of the organisation, page after page (the API gives at most 100 at a time). */
export function useTeamCaseload() {
  return useQuery({
    queryKey: ['candidates', 'caseload', 'team'],
    queryFn: async () => {
      const items: CaseloadItem[] = [];
      for (let page = 1; page <= 50; page++) {
        const result = await unwrap<Body<'/api/caseload', 'get'>>(
          api.GET('/api/caseload', { params: { query: { page, pageSize: 100 } } }),
        );
        items.push(...result.items);
        if (items.length >= result.total || result.items.length === 0) break;
      }
      return items;
    },
  });
}

export function useTeam() {
  return useQuery({
    queryKey: ['users'],
    queryFn: () => unwrap<TeamMember[]>(api.GET('/api/users')),
  });
}

export function usePeople(q: string) {
  return useQuery({
    queryKey: ['candidates', 'caseload', 'privacy', q],
    enabled: q.length >= 2,
    queryFn: () =>
      unwrap<Body<'/api/caseload', 'get'>>(
        api.GET('/api/caseload', { params: { query: { q, pageSize: 20, sort: 'lastName' } } }),
      ),
  });
}

/** The export as a file the coordinator saves and hands to the person. */
export async function downloadExport(candidateId: string): Promise<void> {
  const { data, response } = await api.GET('/api/candidates/{id}/export', {
    params: { path: { id: candidateId } },
    parseAs: 'blob',
  });
  if (!response.ok || !(data instanceof Blob)) throw new ApiProblem(response.status, {});
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = `dati-personali-${candidateId}.json`;
  link.click();
  // The browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useErase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (candidateId: string) =>
      unwrap(api.POST('/api/candidates/{id}/erase', { params: { path: { id: candidateId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['candidates'] }),
  });
}
