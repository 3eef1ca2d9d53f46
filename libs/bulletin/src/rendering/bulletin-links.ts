import { BulletinError } from '../domain/bulletin.error.js';
import type { Edition } from '../domain/edition.js';
import { isAreaSlug } from '../domain/edition.js';
import { type WeekKey, parseWeekKey } from '../domain/edition-week.js';
import { requireSiteUrl } from './safe-url.js';

/** The public addresses of the bulletin, built in one place for the API routes and the e-mails. */

export interface SiteConfig {
  /** Base of the public site, e.g. 'https://incrocio.example.org'. */
  siteUrl: string;
}

/** Links that are personal to one recipient (they carry the subscription token). */
export interface RecipientLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** mailto: alternative for List-Unsubscribe, for clients without HTTP unsubscribe. */
  unsubscribeMailto?: string;
}

export const BULLETIN_PATHS = {
  unsubscribe: '/unsubscribe',
  preferences: '/preferences',
} as const;

/** '/bollettino/milano-municipio-2/2026-W48' */
export function editionPagePath(areaSlug: string, weekKey: WeekKey): string {
  if (!isAreaSlug(areaSlug)) {
    throw new BulletinError('INVALID_AREA', "Il codice dell'area non è valido.");
  }
  return `/bollettino/${areaSlug}/${parseWeekKey(weekKey)}`;
}

export function editionPageUrl(site: SiteConfig, edition: Edition): string {
  return siteAddress(site, editionPagePath(edition.area.slug, edition.weekKey)).href;
}

const MAILBOX_PATTERN = /^[^\s@<>,;:"()[\]\\]+@[a-z0-9.-]+\.[a-z]{2,}$/i;

export function recipientLinks(input: {
  site: SiteConfig;
  /** The subscriber's opaque token, issued by the subscriptions module. */
  token: string;
  /** Mailbox that processes unsubscribe requests by e-mail, e.g. 'disiscrizioni@example.org'. */
  unsubscribeMailbox?: string;
}): RecipientLinks {
  if (input.token.trim() === '') {
    throw new BulletinError('INVALID_LINK', "Il codice dell'iscrizione è obbligatorio.");
  }
  const withToken = (path: string) => {
    const url = siteAddress(input.site, path);
    url.searchParams.set('token', input.token);
    return url.href;
  };
  const links: RecipientLinks = {
    unsubscribeUrl: withToken(BULLETIN_PATHS.unsubscribe),
    preferencesUrl: withToken(BULLETIN_PATHS.preferences),
  };
  if (input.unsubscribeMailbox !== undefined) {
    if (!MAILBOX_PATTERN.test(input.unsubscribeMailbox)) {
      throw new BulletinError('INVALID_LINK', "L'indirizzo per le disiscrizioni non è valido.");
    }
    const subject = encodeURIComponent(`disiscrizione ${input.token}`);
    links.unsubscribeMailto = `mailto:${input.unsubscribeMailbox}?subject=${subject}`;
  }
  return links;
}

/** Keeps a base path: a site served under '/incrocio' gets '/incrocio/bollettino/…'. */
function siteAddress(site: SiteConfig, path: string): URL {
  const base = requireSiteUrl(site.siteUrl, "L'indirizzo del sito");
  const basePath = base.pathname.replace(/\/+$/, '');
  return new URL(`${basePath}${path}`, base.origin);
}
