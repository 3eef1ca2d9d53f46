import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Body, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { Option } from '../shell/combobox';
import type { TimeWindow } from './availability';

type Create = components['schemas']['CreateCandidateDto'];
type L68 = components['schemas']['L68RegistrationDto'];

/** The person as the form edits it and the API returns it (nullable fields the contract leaves untyped). */
export interface CandidateInput extends Omit<
  Create,
  | 'email'
  | 'phone'
  | 'taxCode'
  | 'rightToWork'
  | 'skills'
  | 'availability'
  | 'sensitive'
  | 'experiences'
> {
  email?: string | null;
  phone?: string | null;
  taxCode?: string | null;
  availability?: TimeWindow[] | null;
  rightToWork: { kind: Create['rightToWork']['kind']; expiresOn?: string | null };
  skills?: Array<{ code: string | null; label: string }>;
  experiences?: Array<{
    occupationCode: string | null;
    occupationText: string;
    months: number;
    sector?: string;
  }>;
  sensitive?: {
    l68?: L68 | null;
    health?: { notes: string } | null;
    justice?: unknown;
    asylum?: unknown;
    violence?: unknown;
  };
}
/** The person as the API returns it (documented in the OpenAPI document). */
export type CandidateView = Body<'/api/candidates/{id}', 'get'>;

export function useCandidate(id: string | undefined) {
  return useQuery({
    queryKey: ['candidate', id],
    enabled: !!id,
    queryFn: () =>
      unwrap<CandidateView>(api.GET('/api/candidates/{id}', { params: { path: { id: id! } } })),
  });
}

export function useSaveCandidate(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CandidateInput & { version?: number }) =>
      id
        ? unwrap<Body<'/api/candidates/{id}', 'patch'>>(
            api.PATCH('/api/candidates/{id}', { params: { path: { id } }, body: body as never }),
          )
        : unwrap<Body<'/api/candidates', 'post'>>(
            api.POST('/api/candidates', { body: body as never }),
          ),
    onSuccess: (saved) => {
      client.setQueryData(['candidate', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['candidates'] });
    },
  });
}

export async function searchMunicipalities(q: string): Promise<Option[]> {
  const { items } = await unwrap<Body<'/api/municipalities', 'get'>>(
    api.GET('/api/municipalities', { params: { query: { q, limit: 8 } } }),
  );
  return items.map((m) => ({ value: m.code, label: `${m.name} (${m.provinceCode})` }));
}

type Concept = Body<'/api/taxonomy/occupations', 'get'>['items'][number];
function toOptions(items: Concept[]): Option[] {
  return items.map((c) => ({
    value: c.code,
    label: c.label,
    hint:
      c.matchedTerm && c.matchedTerm.toLowerCase() !== c.label.toLowerCase()
        ? c.matchedTerm
        : undefined,
  }));
}
export async function searchOccupations(q: string): Promise<Option[]> {
  const { items } = await unwrap<Body<'/api/taxonomy/occupations', 'get'>>(
    api.GET('/api/taxonomy/occupations', { params: { query: { q, limit: 8 } } }),
  );
  return toOptions(items);
}
export async function searchSkills(q: string): Promise<Option[]> {
  const { items } = await unwrap<Body<'/api/taxonomy/skills', 'get'>>(
    api.GET('/api/taxonomy/skills', { params: { query: { q, limit: 8 } } }),
  );
  return toOptions(items);
}
