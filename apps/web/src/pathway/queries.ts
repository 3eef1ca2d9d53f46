import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { components } from '../api/schema';

export interface Proposal {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  companyName: string;
  state: string;
  stateLabel: string;
  nextStates: string[];
  declineReasonLabel: string | null;
  score: number | null;
  note: string | null;
  version: number;
  createdAt: string;
  events: Array<{
    at: string;
    to: string;
    toLabel: string;
    reason: string | null;
    note: string | null;
  }>;
}
export interface Placement {
  id: string;
  contractType: string;
  contractLabel: string;
  weeklyHours: number | null;
  startDate: string;
  endDate: string | null;
  kmZero: boolean;
  countsTowardL68?: boolean;
  vacancyId: string | null;
}
export interface SoftOutcome {
  id: string;
  kind: string;
  level: number | null;
  notes: string | null;
  recordedAt?: string;
  createdAt?: string;
}
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
      unwrap<
        Body<'/api/candidates/{id}/proposals', 'get', { items: Proposal[]; withheld: number }>
      >(api.GET('/api/candidates/{id}/proposals', { params: { path: { id: candidateId } } })),
  });
}

export function usePlacements(candidateId: string) {
  return useQuery({
    queryKey: ['placements', candidateId],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/placements', 'get', Placement[]>>(
        api.GET('/api/candidates/{id}/placements', { params: { path: { id: candidateId } } }),
      ),
  });
}

export function useSoftOutcomes(candidateId: string) {
  return useQuery({
    queryKey: ['soft-outcomes', candidateId],
    queryFn: () =>
      unwrap<Body<'/api/candidates/{id}/soft-outcomes', 'get', SoftOutcome[]>>(
        api.GET('/api/candidates/{id}/soft-outcomes', { params: { path: { id: candidateId } } }),
      ),
  });
}

export function useTransition(candidateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Transition }) =>
      unwrap<Proposal>(
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
      unwrap<SoftOutcome>(
        api.POST('/api/candidates/{id}/soft-outcomes', {
          params: { path: { id: candidateId } },
          body: body as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['soft-outcomes', candidateId] }),
  });
}
