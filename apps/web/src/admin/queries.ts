import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export type User = Body<'/api/users', 'get'>[number];
export type AuditFilter = NonNullable<paths['/api/audit']['get']['parameters']['query']>;
export type AuditAction = NonNullable<AuditFilter['action']>;

export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: () => unwrap<User[]>(api.GET('/api/users')),
  });
}

export function useChangeRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: User['role'] }) =>
      unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: { role } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useAudit(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () =>
      unwrap<Body<'/api/audit', 'get'>>(api.GET('/api/audit', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** Sets the board's cookie (valid as long as the token), then opens the board in a new tab. */
export async function openQueueBoard(): Promise<void> {
  await unwrap(api.POST('/api/admin/queue-board/access'));
  window.open('/api/admin/queues', '_blank', 'noopener');
}
