import { BulletinError } from '../domain/bulletin.error.js';
import type { RecipientLinks } from './bulletin-links.js';
import { requireSiteUrl } from './safe-url.js';

/**
 * RFC 2369 List-Unsubscribe with the RFC 8058 one-click marker. Mail providers then show their own
 * "unsubscribe" button and POST `List-Unsubscribe=One-Click` to the HTTPS address; a GET on that
 * address must not unsubscribe (link scanners fetch it), and the message must be DKIM-signed
 * with both headers covered for providers to trust them.
 */
export interface ListUnsubscribeHeaders {
  'List-Unsubscribe': string;
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click';
}

export function listUnsubscribeHeaders(
  links: Pick<RecipientLinks, 'unsubscribeUrl' | 'unsubscribeMailto'>,
): ListUnsubscribeHeaders {
  const https = requireSiteUrl(links.unsubscribeUrl, "L'indirizzo di disiscrizione");
  const uris = [headerSafe(https.href)];
  if (links.unsubscribeMailto !== undefined) {
    if (!links.unsubscribeMailto.startsWith('mailto:')) {
      throw new BulletinError('INVALID_LINK', "L'indirizzo e-mail di disiscrizione non è valido.");
    }
    uris.push(headerSafe(links.unsubscribeMailto));
  }
  return {
    'List-Unsubscribe': uris.map((uri) => `<${uri}>`).join(', '),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** Inside the angle brackets a URI may hold no whitespace, '<', '>' and, being the separator, ','. */
function headerSafe(uri: string): string {
  if (/[\s<>]/.test(uri)) {
    throw new BulletinError(
      'INVALID_LINK',
      'Un indirizzo di disiscrizione contiene caratteri non ammessi.',
    );
  }
  return uri.replaceAll(',', '%2C');
}
