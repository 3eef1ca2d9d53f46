import { composeEdition } from '../domain/edition-composer.js';
import { SECTION_TITLES } from '../domain/edition-sections.js';
import { editionItems } from '../domain/edition.js';
import {
  AREA,
  NOW,
  PREVIOUS_EDITION_AT,
  WEEK,
  offer,
  service,
} from '../domain/edition-test.fixtures.js';
import { COMPACT_LAYOUT_FROM } from './edition.view.js';
import { renderEditionPage } from './edition-page.renderer.js';
import { linksByHref, textsOf } from './html-test.helpers.js';
import { SAMPLE_SITE, sampleEdition } from './sample-edition.js';

const PAGE = 'https://incrocio.example.org/bollettino/milano-municipio-2/2026-W48';

function editionOf(offerCount: number) {
  return composeEdition({
    area: AREA,
    weekKey: WEEK,
    previousEditionAt: PREVIOUS_EDITION_AT,
    now: NOW,
    fetched: {
      OPEN_MARKET: Array.from({ length: offerCount }, (_, index) =>
        offer({ id: `o${index}`, companyName: `Azienda ${index}` }),
      ),
    },
    limits: { OPEN_MARKET: 50 },
  });
}

describe('the public web page /bollettino/{area}/{week}', () => {
  const edition = sampleEdition();
  const html = renderEditionPage(edition, SAMPLE_SITE);

  it('is an Italian document with the area, the week and the six sections in order', () => {
    expect(html).toMatch(/^<!doctype html>\s*<html lang="it">/);
    expect(textsOf(html, 'h1')).toEqual(['Milano – Municipio 2']);
    expect(html).toContain('Settimana dal 23 al 29 novembre 2026');
    expect(textsOf(html, 'h2')).toEqual(Object.values(SECTION_TITLES));
    expect(html).toContain(`<link rel="canonical" href="${PAGE}">`);
  });

  it('lists the sections with working in-page links and every entry with its link', () => {
    const links = linksByHref(html);
    expect(links.get('#km-zero')).toBe('Offerte a km zero');
    expect(html).toContain('<section id="km-zero" aria-labelledby="km-zero-titolo">');
    const items = editionItems(edition);
    expect(textsOf(html, 'h3')).toEqual(items.map((item) => item.title));
    for (const item of items.filter((entry) => entry.url !== undefined)) {
      expect(links.get(item.url!)).toContain(`«${item.title}»`);
    }
  });

  it('prints on A4 and names the hosts of links that paper cannot follow', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    expect(html).toContain('data-host="lavoro.example.org"');
    expect(html).toContain(`Versione aggiornata online: ${PAGE}`);
  });

  it('switches to two printed columns only when the edition is long', () => {
    expect(html).toContain('<body>');
    const long = renderEditionPage(editionOf(COMPACT_LAYOUT_FROM), SAMPLE_SITE);
    expect(long).toContain('<body class="compact">');
    const short = renderEditionPage(editionOf(COMPACT_LAYOUT_FROM - 1), SAMPLE_SITE);
    expect(short).toContain('<body>');
  });

  it('says so when a section is empty', () => {
    const page = renderEditionPage(editionOf(0), SAMPLE_SITE);
    expect(page).toContain('<p class="empty">Nessuna nuova offerta questa settimana.</p>');
  });

  it('tracks no one and loads nothing from elsewhere', () => {
    expect(html).not.toMatch(/<(script|img|iframe)\b|<link rel="stylesheet"|@import|url\(/i);
    expect(html).not.toMatch(/token=|unsubscribe|preferences/);
    expect(html).not.toContain('Le tue migliori opportunità');
  });

  it('escapes what the search port sends', () => {
    const hostile = composeEdition({
      area: { slug: AREA.slug, name: 'Municipio <i>2</i>' },
      weekKey: WEEK,
      previousEditionAt: PREVIOUS_EDITION_AT,
      now: NOW,
      fetched: {
        USEFUL_SERVICES: [
          service({ title: '<script>alert(1)</script>', url: 'javascript:alert(1)' }),
        ],
      },
    });
    const page = renderEditionPage(hostile, SAMPLE_SITE);
    expect(page).not.toMatch(/<script|<i>|javascript:/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(textsOf(page, 'title')[0]).toContain('Municipio <i>2</i>');
  });
});
