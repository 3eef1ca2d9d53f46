import { CONTRACT_TYPES } from '#libs/kernel';
import { composeEdition } from '../domain/edition-composer.js';
import { approve } from '../domain/edition-editor.js';
import type { OfferItem } from '../domain/edition-items.js';
import { AUTOMATIC_APPROVAL, type Edition } from '../domain/edition.js';
import { parseWeekKey } from '../domain/edition-week.js';
import { type SiteConfig, editionPagePath, recipientLinks } from './bulletin-links.js';
import { type RenderedEmail, renderEditionEmail } from './edition-email.renderer.js';
import { renderEditionPage } from './edition-page.renderer.js';

/*
 * One realistic edition (Milano, Municipio 2, week 48 of 2026) for the demo, the docs and the
 * rendering tests. Companies, addresses and links are invented; example.org never resolves.
 */

export const SAMPLE_SITE: SiteConfig = { siteUrl: 'https://incrocio.example.org' };
const NOW = new Date('2026-11-23T07:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);
const offersAt = (path: string) => `https://lavoro.example.org/offerte/${path}`;

const OPEN_MARKET: OfferItem[] = [
  {
    id: 'off-101',
    title: 'Addetto/a alle pulizie di uffici',
    companyName: 'Cooperativa Sole Pulito',
    municipality: 'Milano (Greco)',
    contractLabel: `${CONTRACT_TYPES['A.02.00']}, part-time 20 ore`,
    kmZero: false,
    publishedAt: new Date('2026-11-18T09:30:00Z'),
    expiresAt: day('2026-12-05'),
    url: offersAt('101'),
    applyHow: 'Inviare il CV a selezione@solepulito.example.org indicando «Pulizie Greco».',
  },
  {
    id: 'off-102',
    title: 'Magazziniere con patentino per il muletto',
    companyName: 'Logistica Martesana Srl',
    municipality: 'Cologno Monzese',
    contractLabel: CONTRACT_TYPES['A.01.00'],
    kmZero: false,
    publishedAt: new Date('2026-11-19T14:00:00Z'),
    url: offersAt('102'),
  },
  {
    id: 'off-103',
    title: 'Assistente familiare convivente',
    municipality: 'Milano (Città Studi)',
    contractLabel: CONTRACT_TYPES['A.01.00'],
    kmZero: false,
    publishedAt: new Date('2026-11-20T08:00:00Z'),
    applyHow: 'Rivolgersi allo sportello WeMi di via Padova, lunedì e giovedì 9-12.',
  },
];

const KM_ZERO: OfferItem[] = [
  {
    id: 'off-201',
    title: 'Commessa in panetteria, mattino 8-13',
    companyName: 'Panificio di Turro',
    municipality: 'Milano (Turro)',
    contractLabel: CONTRACT_TYPES['A.02.00'],
    kmZero: true,
    publishedAt: new Date('2026-11-02T10:00:00Z'),
    expiresAt: day('2026-12-16'),
    applyHow: 'Presentarsi in negozio con il CV, dal martedì al venerdì.',
  },
  {
    id: 'off-202',
    title: 'Addetta alla stireria in orario scolastico',
    companyName: 'Lavanderia Precotto',
    municipality: 'Milano (Precotto)',
    contractLabel: CONTRACT_TYPES.TIROCINIO_INCLUSIONE,
    kmZero: true,
    publishedAt: new Date('2026-11-17T10:00:00Z'),
    url: offersAt('202'),
  },
];

export function sampleEdition(): Edition {
  const draft = composeEdition({
    area: { slug: 'milano-municipio-2', name: 'Milano – Municipio 2' },
    weekKey: parseWeekKey('2026-W48'),
    previousEditionAt: new Date('2026-11-16T07:00:00Z'),
    now: NOW,
    fetched: {
      OPEN_MARKET,
      KM_ZERO,
      TRAINING: [
        {
          id: 'crs-301',
          title: 'Corso ASA – Ausiliario socio assistenziale',
          provider: 'Centro di formazione professionale Milano Nord',
          municipality: 'Milano',
          startsOn: day('2027-01-11'),
          hours: 800,
          free: true,
          expiresAt: day('2026-12-16'),
          url: 'https://formazione.example.org/corsi/asa',
        },
      ],
      ACTIVE_POLICIES: [
        {
          id: 'pol-401',
          title: 'Programma GOL – Garanzia di occupabilità dei lavoratori',
          promoter: "Regione Lombardia e centri per l'impiego",
          summary: 'Orientamento, formazione gratuita e accompagnamento al lavoro per disoccupati.',
          accessHow: "Prenotare un colloquio al centro per l'impiego di viale Jenner.",
          url: 'https://politiche.example.org/gol',
        },
      ],
      ITALIAN_COURSES: [
        {
          id: 'ita-501',
          title: 'Italiano per il lavoro, con spazio bimbi',
          provider: 'Centro Donna',
          cefrLevel: 'A2',
          hours: 60,
          place: 'Via Narni 1, Milano',
          schedule: [
            { day: 2, start: '09:00', end: '11:30' },
            { day: 4, start: '09:00', end: '11:30' },
          ],
          free: true,
          enrolHow: 'Iscrizioni in sede il lunedì mattina.',
        },
      ],
      USEFUL_SERVICES: [
        {
          id: 'srv-601',
          title: 'Sportello SPID e servizi digitali',
          provider: 'Bell NETT',
          summary:
            'Aiuto per attivare lo SPID, creare un indirizzo e-mail e usare i portali pubblici.',
          contact: 'Largo Cervi 1, mercoledì 14-17',
        },
      ],
    },
  });
  return approve(draft, { by: AUTOMATIC_APPROVAL, at: NOW });
}

export interface RenderedSample {
  email: RenderedEmail;
  /** Where the public page lives, relative to the site: '/bollettino/milano-municipio-2/2026-W48'. */
  pagePath: string;
  pageHtml: string;
}

/** Everything the demo needs to write one edition to disk; the library itself writes nothing. */
export async function renderSampleEdition(): Promise<RenderedSample> {
  const edition = sampleEdition();
  const email = await renderEditionEmail(edition, SAMPLE_SITE, {
    links: recipientLinks({
      site: SAMPLE_SITE,
      token: 'esempio-token-0001',
      unsubscribeMailbox: 'disiscrizioni@incrocio.example.org',
    }),
    personalMatches: [KM_ZERO[0], OPEN_MARKET[0]],
  });
  return {
    email,
    pagePath: editionPagePath(edition.area.slug, edition.weekKey),
    pageHtml: renderEditionPage(edition, SAMPLE_SITE),
  };
}
