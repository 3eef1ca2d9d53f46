import mjml2html from 'mjml';
import type { OfferItem } from '../domain/edition-items.js';
import type { Edition } from '../domain/edition.js';
import type { RecipientLinks, SiteConfig } from './bulletin-links.js';
import { EDITION_EMAIL_MJML } from './edition-email.template.js';
import { EDITION_EMAIL_TEXT } from './edition-text.template.js';
import {
  type EditionView,
  type PersonalSectionView,
  editionView,
  personalSectionView,
} from './edition.view.js';
import { type ListUnsubscribeHeaders, listUnsubscribeHeaders } from './list-unsubscribe.headers.js';
import { requireSiteUrl } from './safe-url.js';
import { type Render, compileHtml, compileText } from './template-engine.js';

/** One recipient's copy: their own links, and their matches if they consented to receive them. */
export interface EmailRecipient {
  links: RecipientLinks;
  /** Offers chosen for this candidate; shown in this copy only, under 'Le tue migliori opportunità'. */
  personalMatches?: readonly OfferItem[];
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  headers: ListUnsubscribeHeaders;
}

interface EmailView {
  edition: EditionView;
  personal: PersonalSectionView | null;
  links: { unsubscribeUrl: string; preferencesUrl: string };
}

let compiledHtml: Promise<Render<EmailView>> | undefined;
const renderText = compileText<EmailView>(EDITION_EMAIL_TEXT);

/**
 * Prepares one edition for delivery: MJML runs once per process and the edition's view once per
 * edition, so rendering each recipient's copy is a synchronous fill of the template.
 */
export async function createEditionEmailRenderer(
  edition: Edition,
  site: SiteConfig,
): Promise<(recipient: EmailRecipient) => RenderedEmail> {
  const renderHtml = await emailHtmlTemplate();
  const shared = editionView(edition, site);
  return (recipient) => {
    const headers = listUnsubscribeHeaders(recipient.links);
    const view: EmailView = {
      edition: shared,
      personal: personalSectionView(recipient.personalMatches),
      links: {
        unsubscribeUrl: requireSiteUrl(
          recipient.links.unsubscribeUrl,
          "L'indirizzo di disiscrizione",
        ).href,
        preferencesUrl: requireSiteUrl(
          recipient.links.preferencesUrl,
          "L'indirizzo delle preferenze",
        ).href,
      },
    };
    return { subject: shared.title, html: renderHtml(view), text: renderText(view), headers };
  };
}

export async function renderEditionEmail(
  edition: Edition,
  site: SiteConfig,
  recipient: EmailRecipient,
): Promise<RenderedEmail> {
  return (await createEditionEmailRenderer(edition, site))(recipient);
}

function emailHtmlTemplate(): Promise<Render<EmailView>> {
  compiledHtml ??= compileEmailHtml().catch((error: unknown) => {
    compiledHtml = undefined;
    throw error;
  });
  return compiledHtml;
}

async function compileEmailHtml(): Promise<Render<EmailView>> {
  // Strict validation: the template is ours and static, so any MJML error is a bug to stop on.
  const { html } = await mjml2html(EDITION_EMAIL_MJML, {
    validationLevel: 'strict',
    keepComments: false,
    fonts: {},
  });
  return compileHtml<EmailView>(html);
}
