import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Pipeline = Body<'/api/scouting/pipeline', 'get'>;
export type PipelineCompany = Pipeline['companies']['items'][number];
export type Stage = PipelineCompany['stage'];
export type ActivityInput = components['schemas']['ActivityDto'];
export type KmZeroBusiness = components['schemas']['KmZeroBusiness'];
export type PriorityList = Body<'/api/scouting/priorities', 'get'>;

const PAGE_SIZE = 100;

export function usePipeline() {
  return useQuery({
    queryKey: ['scouting-pipeline'],
    queryFn: () =>
      unwrap<Pipeline>(
        api.GET('/api/scouting/pipeline', { params: { query: { pageSize: PAGE_SIZE } } }),
      ),
  });
}

export function useMoveStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, stage }: { companyId: string; stage: Stage }) =>
      unwrap(
        api.PUT('/api/scouting/companies/{id}/stage', {
          params: { path: { id: companyId } },
          body: { stage },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['scouting-pipeline'] }),
        client.invalidateQueries({ queryKey: ['scouting-company'] }),
      ]),
  });
}

export function useCompanyScouting(companyId: string) {
  return useQuery({
    queryKey: ['scouting-company', companyId],
    queryFn: () =>
      unwrap<Body<'/api/scouting/companies/{id}', 'get'>>(
        api.GET('/api/scouting/companies/{id}', { params: { path: { id: companyId } } }),
      ),
  });
}

export function useNextActions() {
  return useQuery({
    queryKey: ['scouting-next-actions'],
    queryFn: () =>
      unwrap<Body<'/api/scouting/next-actions', 'get'>>(
        api.GET('/api/scouting/next-actions', { params: { query: { pageSize: PAGE_SIZE } } }),
      ),
  });
}

export function useActivities() {
  return useQuery({
    queryKey: ['scouting-activities'],
    queryFn: () =>
      unwrap<Body<'/api/scouting/activities', 'get'>>(
        api.GET('/api/scouting/activities', { params: { query: { pageSize: 20 } } }),
      ),
  });
}

function useScoutingRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      ['scouting-next-actions', 'scouting-activities', 'scouting-pipeline', 'scouting-company'].map(
        (key) => client.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useRecordActivity() {
  const refresh = useScoutingRefresh();
  return useMutation({
    mutationFn: (body: ActivityInput) => unwrap(api.POST('/api/scouting/activities', { body })),
    onSuccess: refresh,
  });
}

export function useCompleteNextAction() {
  const refresh = useScoutingRefresh();
  return useMutation({
    mutationFn: (activityId: string) =>
      unwrap(
        api.POST('/api/scouting/activities/{id}/next-action/done', {
          params: { path: { id: activityId } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useKmZero(municipality: string | null, radiusKm: number) {
  return useQuery({
    queryKey: ['km-zero', municipality, radiusKm],
    enabled: !!municipality,
    queryFn: () =>
      unwrap<Body<'/api/scouting/km-zero', 'get'>>(
        api.GET('/api/scouting/km-zero', {
          params: { query: { municipality: municipality!, radiusKm } },
        }),
      ),
  });
}

export function usePriorities() {
  return useQuery({
    queryKey: ['scouting-priorities'],
    queryFn: () =>
      unwrap<PriorityList>(
        api.GET('/api/scouting/priorities', { params: { query: { pageSize: PAGE_SIZE } } }),
      ),
  });
}

/** The whole priority list as CSV (the export is audited by the API), saved by the browser. */
export async function downloadPrioritiesCsv(): Promise<void> {
  const { data, response } = await api.GET('/api/scouting/priorities', {
    params: { query: { format: 'csv' } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new Error(`Esportazione non riuscita (${response.status})`);
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'priorita-scouting.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
