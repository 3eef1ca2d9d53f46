import { useQuery } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export type ReportQuery = NonNullable<paths['/api/reports/funder']['get']['parameters']['query']>;
export type FunderReport = Body<'/api/reports/funder', 'get'>;
export type Projects = Body<'/api/projects', 'get'>;

export function useProjects() {
  return useQuery({
    queryKey: ['projects'],
    queryFn: () => unwrap<Projects>(api.GET('/api/projects')),
  });
}

export function useFunderReport(query: ReportQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'funder', query],
    enabled,
    queryFn: () => unwrap<FunderReport>(api.GET('/api/reports/funder', { params: { query } })),
  });
}

/** Downloads (or opens) an export of the report: the request carries the token, so no plain link. */
export async function openExport(
  query: Omit<ReportQuery, 'audience'>,
  format: 'xlsx' | 'csv' | 'html',
): Promise<void> {
  const { data, response } = await api.GET('/api/reports/funder/export', {
    params: { query: { ...query, format } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(data as Blob);
  if (format === 'html') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = `rendicontazione.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
