import type { Edition } from '../domain/edition.js';
import type { SiteConfig } from './bulletin-links.js';
import { EDITION_PAGE_HTML } from './edition-page.template.js';
import { type EditionView, editionView } from './edition.view.js';
import { compileHtml } from './template-engine.js';

const renderPage = compileHtml<{ edition: EditionView }>(EDITION_PAGE_HTML);

/**
 * The public web page of an edition. It takes no recipient, so no subscription token and no
 * personal section can reach it. Whether a draft may be shown is the caller's call
 * (see `isPublic`): editors preview drafts, the public sees approved and sent editions.
 */
export function renderEditionPage(edition: Edition, site: SiteConfig): string {
  return renderPage({ edition: editionView(edition, site) });
}
