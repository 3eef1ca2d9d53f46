import { generateTenantToken } from 'meilisearch/token';
import { organisationFilter } from './meilisearch-filter.js';

export interface TenantTokenRequest {
  /** A search-only API key and its uid; the token is signed with it. */
  apiKey: string;
  apiKeyUid: string;
  organisationId: string;
  /** The Meilisearch uids of the indexes the browser may search (see MeilisearchSearchAdapter.uid). */
  indexUids: readonly string[];
  expiresAt: Date;
}

/**
 * A token for a browser that searches Meilisearch directly: the organisation filter is written into
 * the signed token, so the server enforces it whatever the browser sends. Never issue one that
 * includes the candidates index to anyone outside the organisation's staff.
 */
export async function createTenantToken(request: TenantTokenRequest): Promise<string> {
  const filter = organisationFilter(request.organisationId.toLowerCase());
  return generateTenantToken({
    apiKey: request.apiKey,
    apiKeyUid: request.apiKeyUid,
    searchRules: Object.fromEntries(request.indexUids.map((uid) => [uid, { filter }])),
    expiresAt: request.expiresAt,
  });
}
