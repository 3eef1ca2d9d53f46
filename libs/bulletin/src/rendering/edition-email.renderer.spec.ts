import { composeEdition } from '../domain/edition-composer.js';
import type { OfferItem } from '../domain/edition-items.js';
import { SECTION_TITLES } from '../domain/edition-sections.js';
import { type Edition, editionItems } from '../domain/edition.js';
import { AREA, NOW, PREVIOUS_EDITION_AT, WEEK, offer } from '../domain/edition-test.fixtures.js';
import { recipientLinks } from './bulletin-links.js';
import { createEditionEmailRenderer, renderEditionEmail } from './edition-email.renderer.js';
import { EDITION_EMAIL_MJML } from './edition-email.template.js';
import { EDITION_PAGE_HTML } from './edition-page.template.js';
import { hrefs, linksByHref, textsOf } from './html-test.helpers.js';
import { SAMPLE_SITE, renderSampleEdition, sampleEdition } from './sample-edition.js';

const LINKS = recipientLinks({
  site: SAMPLE_SITE,
  token: 'tok-anna',
  unsubscribeMailbox: 'disiscrizioni@incrocio.example.org',
});
const UNSUBSCRIBE = 'https://incrocio.example.org/unsubscribe?token=tok-anna';
const PREFERENCES = 'https://incrocio.example.org/preferences?token=tok-anna';
const PAGE = 'https://incrocio.example.org/bollettino/milano-municipio-2/2026-W48';
const SECTION_ORDER = Object.values(SECTION_TITLES);

const MATCHES: OfferItem[] = [
  offer({ id: 'm1', title: 'Cameriera ai piani', url: 'https://lavoro.example.org/offerte/m1' }),
  offer({ id: 'm2', title: 'Operaia di confezionamento' }),
];

function editionWith(offers: OfferItem[]): Edition {
  return composeEdition({
    area: AREA,
    weekKey: WEEK,
    previousEditionAt: PREVIOUS_EDITION_AT,
    now: NOW,
    fetched: { OPEN_MARKET: offers },
  });
}

describe('the e-mail edition', () => {
  it('renders one edition with its sections, item links and footer links', async () => {
    const edition = sampleEdition();
    const { html, subject } = await renderEditionEmail(edition, SAMPLE_SITE, { links: LINKS });

    expect(subject).toBe(
      'Bollettino lavoro e formazione · Milano – Municipio 2 · dal 23 al 29 novembre 2026',
    );
    expect(html).toMatch(/^<!doctype html>\s*<html lang="it"/);
    expect(textsOf(html, 'title')).toEqual([subject]);
    expect(textsOf(html, 'h1')).toEqual(['Bollettino lavoro e formazione']);
    expect(textsOf(html, 'h2')).toEqual(SECTION_ORDER);

    const items = editionItems(edition);
    expect(textsOf(html, 'h3')).toEqual(items.map((item) => item.title));
    const links = linksByHref(html);
    for (const item of items.filter((entry) => entry.url !== undefined)) {
      expect(links.get(item.url!)).toMatch(
        new RegExp(`^Dettagli .*«${escapeRegExp(item.title)}»$`),
      );
    }
    expect(links.get(PAGE)).toBe('Versione web del bollettino, stampabile per la bacheca');
    expect(links.get(UNSUBSCRIBE)).toBe("Annulla l'iscrizione al bollettino con un clic");
    expect(links.get(PREFERENCES)).toBe("Gestisci le preferenze dell'iscrizione");
    expect(html).not.toContain('{{');
  });

  it('gives every recipient their own unsubscribe headers (RFC 2369 and RFC 8058)', async () => {
    const { headers } = await renderEditionEmail(sampleEdition(), SAMPLE_SITE, { links: LINKS });
    expect(headers).toEqual({
      'List-Unsubscribe': `<${UNSUBSCRIBE}>, <mailto:disiscrizioni@incrocio.example.org?subject=disiscrizione%20tok-anna>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('has a plain-text version with the same sections, entries and links', async () => {
    const edition = sampleEdition();
    const { text } = await renderEditionEmail(edition, SAMPLE_SITE, { links: LINKS });
    const headings = [...text.matchAll(/^== (.+) ==$/gm)].map((match) => match[1]);
    expect(headings).toEqual(SECTION_ORDER);
    for (const item of editionItems(edition)) {
      expect(text).toContain(`* ${item.title}\n`);
      if (item.url) expect(text).toContain(`: ${item.url}\n`);
    }
    expect(text).toContain(`Annulla l'iscrizione con un clic: ${UNSUBSCRIBE}\n`);
    expect(text).toContain(`Gestisci le preferenze: ${PREFERENCES}\n`);
    expect(text).toContain(`${PAGE}\n`);
    expect(text).not.toMatch(/<[a-z]|&[a-z#0-9]+;|\n{3,}/);
  });

  describe("the personal section 'Le tue migliori opportunità'", () => {
    it('appears, first, only in the copy of the recipient it is given for', async () => {
      const render = await createEditionEmailRenderer(sampleEdition(), SAMPLE_SITE);
      const anna = render({ links: LINKS, personalMatches: MATCHES });
      const others = recipientLinks({ site: SAMPLE_SITE, token: 'tok-bruno' });
      const bruno = render({ links: others });

      expect(textsOf(anna.html, 'h2')).toEqual(['Le tue migliori opportunità', ...SECTION_ORDER]);
      expect(textsOf(anna.html, 'h3')).toEqual(expect.arrayContaining(MATCHES.map((m) => m.title)));
      expect(linksByHref(anna.html).get('https://lavoro.example.org/offerte/m1')).toBe(
        "Dettagli dell'offerta «Cameriera ai piani»",
      );
      expect(anna.text).toContain('== Le tue migliori opportunità ==');
      expect(anna.text).toContain('* Operaia di confezionamento\n');

      for (const copy of [bruno.html, bruno.text]) {
        expect(copy).not.toContain('Le tue migliori opportunità');
        expect(copy).not.toContain('Cameriera ai piani');
        expect(copy).not.toContain('tok-anna');
      }
      expect(bruno.headers['List-Unsubscribe']).toContain('token=tok-bruno');
    });

    it('is left out when the list is empty', async () => {
      const copy = await renderEditionEmail(sampleEdition(), SAMPLE_SITE, {
        links: LINKS,
        personalMatches: [],
      });
      expect(copy.html).not.toContain('Le tue migliori opportunità');
      expect(copy.text).not.toContain('Le tue migliori opportunità');
    });

    it('stays short and carries only public offer fields', async () => {
      const many = Array.from({ length: 8 }, (_, index) =>
        offer({ id: `m${index}`, title: `Offerta ${index}` }),
      );
      const withCandidate = {
        ...many[0],
        candidateName: 'Anna Bianchi',
        note: 'invalidità 67%',
      } as unknown as OfferItem;
      const { html } = await renderEditionEmail(editionWith([]), SAMPLE_SITE, {
        links: LINKS,
        personalMatches: [withCandidate, ...many.slice(1)],
      });
      expect(textsOf(html, 'h3')).toEqual(['0', '1', '2', '3', '4'].map((n) => `Offerta ${n}`));
      expect(html).not.toContain('Anna Bianchi');
      expect(html).not.toContain('67%');
    });
  });

  describe('escaping', () => {
    const hostile = offer({
      id: 'x',
      title: '<script>alert("bollettino")</script> Cuoco',
      companyName: 'Rossi & Figli <b>',
      applyHow: '<img src=x onerror=alert(1)>',
      url: 'https://lavoro.example.org/o?a=1&b="2"',
    });

    it('escapes every value, in text and in attributes', async () => {
      const { html, text } = await renderEditionEmail(editionWith([hostile]), SAMPLE_SITE, {
        links: LINKS,
      });
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;script&gt;alert(&quot;bollettino&quot;)&lt;/script&gt; Cuoco');
      expect(html).toContain('Rossi &amp; Figli &lt;b&gt;');
      expect(textsOf(html, 'h3')).toEqual(['<script>alert("bollettino")</script> Cuoco']);
      expect(hrefs(html)).toContain('https://lavoro.example.org/o?a=1&b=%222%22');
      expect(text).toContain('* <script>alert("bollettino")</script> Cuoco\n');
    });

    it('never uses unescaped output in the HTML templates', () => {
      for (const template of [EDITION_EMAIL_MJML, EDITION_PAGE_HTML]) {
        expect(template).not.toMatch(/\{\{\{|\{\{&/);
      }
    });

    it('drops links that are not plain web addresses', async () => {
      const tricks = [
        'javascript:alert(1)',
        'data:text/html,<b>x</b>',
        'https://user:pw@evil.example',
      ];
      const { html } = await renderEditionEmail(
        editionWith(
          tricks.map((url, index) => offer({ id: `t${index}`, companyName: `A${index}`, url })),
        ),
        SAMPLE_SITE,
        { links: LINKS },
      );
      expect(textsOf(html, 'h3')).toHaveLength(3);
      expect(hrefs(html).sort()).toEqual([PAGE, PREFERENCES, UNSUBSCRIBE].sort());
    });

    it('refuses recipient links that are not HTTPS', async () => {
      const bad = { ...LINKS, preferencesUrl: 'javascript:alert(1)' };
      await expect(
        renderEditionEmail(sampleEdition(), SAMPLE_SITE, { links: bad }),
      ).rejects.toMatchObject({ code: 'INVALID_LINK' });
    });
  });

  it('keeps every entry and the subject on single lines, whatever the data holds', async () => {
    const edition = composeEdition({
      area: { slug: AREA.slug, name: 'Municipio 2\r\nBcc: chiunque@example.org' },
      weekKey: WEEK,
      previousEditionAt: PREVIOUS_EDITION_AT,
      now: NOW,
      fetched: { OPEN_MARKET: [offer({ applyHow: 'Inviare il CV\r\n\r\na lavoro@example.org' })] },
    });
    const { subject, text } = await renderEditionEmail(edition, SAMPLE_SITE, { links: LINKS });
    expect(subject).toBe(
      'Bollettino lavoro e formazione · Municipio 2 Bcc: chiunque@example.org · dal 23 al 29 novembre 2026',
    );
    expect(text).toContain('  Come candidarsi: Inviare il CV a lavoro@example.org\n');
  });

  it('loads nothing from outside the message', async () => {
    const { html } = await renderEditionEmail(sampleEdition(), SAMPLE_SITE, {
      links: LINKS,
      personalMatches: MATCHES,
    });
    expect(html).not.toMatch(/<(img|script|link|iframe)\b|@import|url\(/i);
  });

  it('writes a sample edition for the demo', async () => {
    const sample = await renderSampleEdition();
    expect(sample.pagePath).toBe('/bollettino/milano-municipio-2/2026-W48');
    expect(sample.email.html).toContain('Le tue migliori opportunità');
    expect(sample.pageHtml).not.toContain('Le tue migliori opportunità');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
