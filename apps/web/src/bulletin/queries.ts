import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { components } from '../api/schema';

export type Area = components['schemas']['AreaView'];
export type Edition = components['schemas']['EditionDetail'];
export type EditionSummary = Body<'/api/bulletin/editions', 'get'>['items'][number];
export type SectionCode = Edition['sections'][number]['code'];
export type Subscriber = components['schemas']['SubscriberSummary'];

export function useAreas() {
  return useQuery({
    queryKey: ['bulletin', 'areas'],
    queryFn: () => unwrap<Area[]>(api.GET('/api/bulletin/areas')),
  });
}

export function useEditions(areaId: string | undefined) {
  return useQuery({
    queryKey: ['bulletin', 'editions', areaId],
    enabled: !!areaId,
    queryFn: () =>
      unwrap<Body<'/api/bulletin/editions', 'get'>>(
        api.GET('/api/bulletin/editions', { params: { query: { areaId, pageSize: 20 } } }),
      ),
  });
}

/**
 * While a requested delivery has not started (the worker marks the edition sent when it creates
 * the copies) or copies are queued or being sent, the edition is asked again every two seconds.
 */
export function useEdition(id: string, sendRequested: boolean) {
  return useQuery({
    queryKey: ['bulletin', 'edition', id],
    queryFn: () =>
      unwrap<Edition>(api.GET('/api/bulletin/editions/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => {
      const edition = query.state.data;
      if (!edition) return false;
      const d = edition.deliveries;
      const waiting =
        sendRequested &&
        (edition.status !== 'SENT' ||
          d.QUEUED + d.SENDING + d.SENT + d.BOUNCED + d.FAILED + d.UNCERTAIN + d.SKIPPED === 0);
      return waiting || d.QUEUED + d.SENDING > 0 ? 2000 : false;
    },
  });
}

export function useEmailPreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['bulletin', 'edition', id, 'email'],
    enabled,
    queryFn: () =>
      unwrap<Body<'/api/bulletin/editions/{id}/email-preview', 'get'>>(
        api.GET('/api/bulletin/editions/{id}/email-preview', { params: { path: { id } } }),
      ),
  });
}

/** The printable page as HTML (the endpoint answers text/html, so it is read as text). */
export function usePagePreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['bulletin', 'edition', id, 'page'],
    enabled,
    queryFn: async () => {
      const { data, response } = await api.GET('/api/bulletin/editions/{id}/preview', {
        params: { path: { id } },
        parseAs: 'text',
      });
      if (!response.ok) throw new ApiProblem(response.status, {});
      return String(data);
    },
  });
}

export function useSubscribers(areaId: string | undefined) {
  return useQuery({
    queryKey: ['bulletin', 'subscribers', areaId],
    enabled: !!areaId,
    queryFn: () =>
      unwrap<components['schemas']['SubscriberSummaryPage']>(
        api.GET('/api/bulletin/subscribers', { params: { query: { areaId, pageSize: 50 } } }),
      ),
  });
}

export function useCompose(areaId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (weekKey: string) =>
      unwrap<Body<'/api/bulletin/areas/{id}/editions', 'post'>>(
        api.POST('/api/bulletin/areas/{id}/editions', {
          params: { path: { id: areaId } },
          body: { weekKey },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bulletin', 'editions', areaId] }),
  });
}

type EditAction =
  | { kind: 'reorder'; section: SectionCode; itemId: string; toIndex: number }
  | { kind: 'drop'; section: SectionCode; itemId: string }
  | { kind: 'approve' }
  | { kind: 'send' };

export function useEditEdition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (action: EditAction) => {
      const path = { params: { path: { id } } };
      switch (action.kind) {
        case 'reorder': {
          const { section, itemId, toIndex } = action;
          return unwrap(
            api.POST('/api/bulletin/editions/{id}/reorder', {
              ...path,
              body: { section, itemId, toIndex },
            }),
          );
        }
        case 'drop':
          return unwrap(
            api.POST('/api/bulletin/editions/{id}/drop', {
              ...path,
              body: { section: action.section, itemId: action.itemId },
            }),
          );
        case 'approve':
          return unwrap(api.POST('/api/bulletin/editions/{id}/approve', path));
        case 'send':
          return unwrap(api.POST('/api/bulletin/editions/{id}/send', path));
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['bulletin'] }),
  });
}

export type Delivery = Body<'/api/bulletin/editions/{id}/deliveries', 'get'>[number];

export function useUncertainCopies(editionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['bulletin', 'edition', editionId, 'uncertain'],
    enabled,
    queryFn: () =>
      unwrap<Delivery[]>(
        api.GET('/api/bulletin/editions/{id}/deliveries', {
          params: { path: { id: editionId }, query: { status: 'UNCERTAIN' } },
        }),
      ),
  });
}

export function useResolveCopy(editionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      deliveryId,
      resolution,
    }: {
      deliveryId: string;
      resolution: 'DELIVERED' | 'RESEND';
    }) =>
      unwrap(
        api.POST('/api/bulletin/editions/{id}/deliveries/{deliveryId}/resolve', {
          params: { path: { id: editionId, deliveryId } },
          body: { resolution },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['bulletin', 'edition', editionId] }),
  });
}

export type Content = components['schemas']['ContentView'];
export type NewContent = components['schemas']['CreateBulletinContentDto'];

export function useContents(kind: Content['kind'] | '') {
  return useQuery({
    queryKey: ['bulletin', 'contents', kind],
    queryFn: () =>
      unwrap<components['schemas']['ContentViewPage']>(
        api.GET('/api/bulletin/contents', {
          params: {
            query: { pageSize: 100, archived: false, sort: 'title', ...(kind ? { kind } : {}) },
          },
        }),
      ),
  });
}

export function useSaveContent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewContent) => unwrap<Content>(api.POST('/api/bulletin/contents', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bulletin', 'contents'] }),
  });
}

export function useArchiveContent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/bulletin/contents/{id}/archive', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bulletin', 'contents'] }),
  });
}

export type ConsentEvent = Body<'/api/bulletin/subscribers/{id}/consent-events', 'get'>[number];

export function useConsentHistory(subscriberId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['bulletin', 'subscribers', 'consent', subscriberId],
    enabled,
    queryFn: () =>
      unwrap<ConsentEvent[]>(
        api.GET('/api/bulletin/subscribers/{id}/consent-events', {
          params: { path: { id: subscriberId } },
        }),
      ),
  });
}

export type NewArea = components['schemas']['CreateBulletinAreaDto'];

export function useSaveArea() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { id?: string; body: Partial<NewArea> }) =>
      change.id
        ? unwrap<Area>(
            api.PATCH('/api/bulletin/areas/{id}', {
              params: { path: { id: change.id } },
              body: change.body,
            }),
          )
        : unwrap<Area>(api.POST('/api/bulletin/areas', { body: change.body as NewArea })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bulletin', 'areas'] }),
  });
}
