import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem, type ProblemBody } from './problem';

/** What the client needs from the session: the token, and a way to get a new one after a 401. */
export interface TokenSource {
  token(): string | null;
  /** Asks the person for the password again; resolves with the new token, or null if they gave up. */
  renew(): Promise<string | null>;
}

let tokens: TokenSource = { token: () => null, renew: async () => null };
export function useTokenSource(source: TokenSource): void {
  tokens = source;
}

const pending = new WeakMap<Request, Request>();

/**
 * Every request carries the token; a 401 opens the password dialog and the request is sent again
 * with the new token, so what the person was doing on the page is not lost.
 */
const auth: Middleware = {
  onRequest({ request }) {
    const token = tokens.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    if (!request.url.endsWith('/api/auth/login')) pending.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    const copy = pending.get(request);
    pending.delete(request);
    if (response.status !== 401 || !copy) return response;
    const token = await tokens.renew();
    if (!token) return response;
    copy.headers.set('Authorization', `Bearer ${token}`);
    return fetch(copy);
  },
};

// Lists go as one comma-separated value (`contractType=A.01.00,A.02.00`), as the API reads them.
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  querySerializer: { array: { style: 'form', explode: false } },
});
api.use(auth);

/** The JSON body of an operation's success response, once the API documents it. */
type JsonOf<Op> = Op extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : Op extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

/** The JSON body of `method path` as the OpenAPI document declares it (generated, never hand-written). */
export type Body<P extends keyof paths, M extends 'get' | 'post' | 'patch' | 'put'> = JsonOf<
  paths[P][M]
>;

/** Turns an openapi-fetch result into its data, or throws the problem+json error. */
export async function unwrap<T>(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiProblem(response.status, (error ?? {}) as ProblemBody);
  return data as T;
}
