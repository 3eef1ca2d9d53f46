import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Company = Body<'/api/companies/{id}', 'get'>;
export type CompanyLaw68 = Body<'/api/companies/{id}/law68', 'get'>;
export type Territory = Body<'/api/law68/territory', 'get'>;
export type TerritoryCompany = Territory['companies']['items'][number];
export type WorkingStep = components['schemas']['WorkingStep'];
export type Law68Input = components['schemas']['Law68InputDto'];
export type ComputeQuotaInput = components['schemas']['ComputeQuotaDto'];
export type QuotaResult = Body<'/api/law68/quota', 'post'>;
export type ConventionInput = components['schemas']['ConventionDto'];

/** The API's largest page: an organisation's companies fit in a few of them. */
export const PAGE_SIZE = 100;

export function useCompanies(q: string) {
  return useQuery({
    queryKey: ['companies', q],
    queryFn: () =>
      unwrap<Body<'/api/companies', 'get'>>(
        api.GET('/api/companies', {
          params: { query: { q: q || undefined, pageSize: PAGE_SIZE } },
        }),
      ),
  });
}

/** The companies below quota of the organisation, with the next prospetto deadline. */
export function useTerritory() {
  return useQuery({
    queryKey: ['law68-territory'],
    queryFn: () =>
      unwrap<Territory>(
        api.GET('/api/law68/territory', { params: { query: { pageSize: PAGE_SIZE } } }),
      ),
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: ['company', id],
    queryFn: () => unwrap<Company>(api.GET('/api/companies/{id}', { params: { path: { id } } })),
  });
}

export function useCompanyLaw68(id: string) {
  return useQuery({
    queryKey: ['company-law68', id],
    queryFn: () =>
      unwrap<CompanyLaw68>(api.GET('/api/companies/{id}/law68', { params: { path: { id } } })),
  });
}

export function useCompanyVacancies(companyId: string) {
  return useQuery({
    queryKey: ['vacancies', { companyId }],
    queryFn: () =>
      unwrap<Body<'/api/vacancies', 'get'>>(
        api.GET('/api/vacancies', { params: { query: { companyId, pageSize: PAGE_SIZE } } }),
      ),
  });
}

function useLaw68Refresh(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['company-law68', id] }),
      client.invalidateQueries({ queryKey: ['law68-territory'] }),
    ]);
}

export function useRecordDeclaration(id: string) {
  const refresh = useLaw68Refresh(id);
  return useMutation({
    mutationFn: (body: Law68Input) =>
      unwrap(
        api.POST('/api/companies/{id}/law68/declarations', { params: { path: { id } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useRecordConvention(id: string) {
  const refresh = useLaw68Refresh(id);
  return useMutation({
    mutationFn: (body: ConventionInput) =>
      unwrap(api.POST('/api/companies/{id}/law68/conventions', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useEndConvention(id: string) {
  const refresh = useLaw68Refresh(id);
  return useMutation({
    mutationFn: ({
      conventionId,
      endDate,
      version,
    }: {
      conventionId: string;
      endDate: string;
      version: number;
    }) =>
      unwrap(
        api.PATCH('/api/companies/{id}/law68/conventions/{conventionId}', {
          params: { path: { id, conventionId } },
          body: { endDate, version },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useComputeQuota() {
  return useMutation({
    mutationFn: (body: ComputeQuotaInput) =>
      unwrap<QuotaResult>(api.POST('/api/law68/quota', { body })),
  });
}
