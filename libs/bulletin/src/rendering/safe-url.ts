import { BulletinError } from '../domain/bulletin.error.js';

/*
 * Handlebars escapes text, not meaning: `javascript:` survives escaping. So every link from the
 * search port is re-read here, and only plain web addresses reach a template.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An http(s) address without credentials, normalised; anything else is dropped (null). */
export function safeWebUrl(raw: string | undefined): URL | null {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

/**
 * The bulletin's own addresses (site, unsubscribe, preferences) must be HTTPS: mail providers
 * ignore one-click unsubscribe over plain HTTP (RFC 8058). Plain HTTP is let through for a local
 * demo only.
 */
export function requireSiteUrl(raw: string, what: string): URL {
  const url = safeWebUrl(raw);
  if (url === null || (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname))) {
    throw new BulletinError('INVALID_LINK', `${what} deve essere un indirizzo https valido.`);
  }
  return url;
}
