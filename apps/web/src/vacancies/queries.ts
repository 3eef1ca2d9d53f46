import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Vacancy = Body<'/api/vacancies/{id}', 'get'>;
export type CreateVacancyInput = components['schemas']['CreateVacancyDto'];
export type UpdateVacancyInput = components['schemas']['UpdateVacancyDto'];

export function useVacancies() {
  return useQuery({
    queryKey: ['vacancies', 'all'],
    queryFn: () =>
      unwrap<Body<'/api/vacancies', 'get'>>(
        api.GET('/api/vacancies', { params: { query: { pageSize: 100 } } }),
      ),
  });
}

export function useVacancy(id: string | undefined) {
  return useQuery({
    queryKey: ['vacancy', id],
    enabled: !!id,
    queryFn: () =>
      unwrap<Vacancy>(api.GET('/api/vacancies/{id}', { params: { path: { id: id! } } })),
  });
}

/** Creates the vacancy, or changes it (with the version read, for the API's 409). */
export function useSaveVacancy(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVacancyInput & { version?: number }) => {
      if (!id) return unwrap<Vacancy>(api.POST('/api/vacancies', { body }));
      const { companyId: _companyId, ...changes } = body;
      return unwrap<Vacancy>(
        api.PATCH('/api/vacancies/{id}', {
          params: { path: { id } },
          body: changes as UpdateVacancyInput,
        }),
      );
    },
    onSuccess: (vacancy) => {
      client.setQueryData(['vacancy', vacancy.id], vacancy);
      return client.invalidateQueries({ queryKey: ['vacancies'] });
    },
  });
}
