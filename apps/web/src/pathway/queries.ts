import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Proposal = Body<'/api/candidates/{id}/proposals', 'get'>['items'][number];
export type Placement = Body<'/api/candidates/{id}/placements', 'get'>[number];
export type SoftOutcome = Body<'/api/candidates/{id}/soft-outcomes', 'get'>[number];

export type Transition = Omit<
  components['schemas']['TransitionProposalDto'],
  'note' | 'placement'
> & {
  note?: string | null;
  placement?: Omit<
    components['schemas']['PlacementDto'],
    'weeklyHours' | 'fullTimeHours' | 'endDate' | 'internship'
  > & {
    weeklyHours?: number | null;
    fullTimeHours?: number | null;
    endDate?: string | null;
    internship?: {
      promoter: string;
      monthlyAllowanceCents: number;
      endDate?: string | null;
    } | null;
  };
};

export function useProposals(candidateId: string) {
  return useQuery({
    queryKey: ['proposals', candidateId],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/proposals', 'get'>>(
        api.GET('/api/candidates/{id}/proposals', { params: { path: { id: candidateId } } }),
      ),
  });
}

export function usePlacements(candidateId: string) {
  return useQuery({
    queryKey: ['placements', candidateId],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/placements', 'get'>>(
        api.GET('/api/candidates/{id}/placements', { params: { path: { id: candidateId } } }),
      ),
  });
}

export function useSoftOutcomes(candidateId: string) {
  return useQuery({
    queryKey: ['soft-outcomes', candidateId],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/soft-outcomes', 'get'>>(
        api.GET('/api/candidates/{id}/soft-outcomes', { params: { path: { id: candidateId } } }),
      ),
  });
}

export function useTransition(candidateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Transition }) =>
      unwrap<Body<'/api/proposals/{id}/transitions', 'post'>>(
        api.POST('/api/proposals/{id}/transitions', {
          params: { path: { id } },
          body: body as never,
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['proposals', candidateId] });
      void client.invalidateQueries({ queryKey: ['placements', candidateId] });
    },
  });
}

export function useRecordSoftOutcome(candidateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      kind: components['schemas']['SoftOutcomeDto']['kind'];
      level: number | null;
      notes: string | null;
    }) =>
      unwrap<Body<'/api/candidates/{id}/soft-outcomes', 'post'>>(
        api.POST('/api/candidates/{id}/soft-outcomes', {
          params: { path: { id: candidateId } },
          body: body as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['soft-outcomes', candidateId] }),
  });
}
