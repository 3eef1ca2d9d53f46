import { copyOffer } from '../domain/edition-item.mapper.js';
import type { OfferItem } from '../domain/edition-items.js';
import type { EditionSection, SectionCode } from '../domain/edition-sections.js';
import { type Edition, itemCount } from '../domain/edition.js';
import { type SiteConfig, editionPageUrl } from './bulletin-links.js';
import {
  type ItemView,
  courseView,
  languageCourseView,
  offerView,
  policyView,
  serviceView,
} from './edition-item.view.js';
import { formatWeekLabel, singleLine } from './italian-format.js';

export const BULLETIN_NAME = 'Bollettino lavoro e formazione';
export const PERSONAL_SECTION_TITLE = 'Le tue migliori opportunità';
/** The personal section is a short pointer, not a second bulletin. */
export const PERSONAL_MATCHES_MAX = 5;
/** Above this many entries the printed page switches to two columns to stay within two A4 sheets. */
export const COMPACT_LAYOUT_FROM = 13;

/** Fragment ids of the web page, readable in a shared link: /bollettino/…/2026-W48#km-zero */
const SECTION_ANCHORS: Record<SectionCode, string> = {
  OPEN_MARKET: 'offerte-lavoro',
  KM_ZERO: 'km-zero',
  TRAINING: 'corsi-formazione',
  ACTIVE_POLICIES: 'politiche-attive',
  ITALIAN_COURSES: 'corsi-italiano',
  USEFUL_SERVICES: 'servizi-utili',
};

const EMPTY_TEXTS: Record<SectionCode, string> = {
  OPEN_MARKET: 'Nessuna nuova offerta questa settimana.',
  KM_ZERO: 'Nessuna offerta a km zero aperta questa settimana.',
  TRAINING: 'Nessun corso con iscrizioni aperte questa settimana.',
  ACTIVE_POLICIES: 'Nessuna novità questa settimana.',
  ITALIAN_COURSES: 'Nessun corso con iscrizioni aperte questa settimana.',
  USEFUL_SERVICES: 'Nessuna novità questa settimana.',
};

export interface SectionView {
  anchor: string;
  title: string;
  count: number;
  items: ItemView[];
  emptyText: string;
}

/** What every output of one edition shares; nothing in it is personal to a recipient. */
export interface EditionView {
  bulletinName: string;
  areaName: string;
  weekLabel: string;
  /** 'Bollettino lavoro e formazione · Milano – Municipio 2 · dal 23 al 29 novembre 2026' */
  title: string;
  pageUrl: string;
  sections: SectionView[];
  /** 'Offerte di lavoro: 4', … for the "In questo numero" list. */
  contents: string[];
  compact: boolean;
}

export interface PersonalSectionView {
  title: string;
  note: string;
  items: ItemView[];
}

export function editionView(edition: Edition, site: SiteConfig): EditionView {
  const areaName = singleLine(edition.area.name);
  const weekLabel = formatWeekLabel(edition.weekKey);
  const sections = edition.sections.map(sectionView);
  return {
    bulletinName: BULLETIN_NAME,
    areaName,
    weekLabel,
    title: `${BULLETIN_NAME} · ${areaName} · ${weekLabel}`,
    pageUrl: editionPageUrl(site, edition),
    sections,
    contents: sections.map((section) => `${section.title}: ${section.count}`),
    compact: itemCount(edition) >= COMPACT_LAYOUT_FROM,
  };
}

/** Null when there is nothing to show, so the section is left out rather than printed empty. */
export function personalSectionView(
  matches: readonly OfferItem[] | undefined,
): PersonalSectionView | null {
  if (matches === undefined || matches.length === 0) return null;
  return {
    title: PERSONAL_SECTION_TITLE,
    note: 'Offerte scelte per te in base al tuo profilo. Questa sezione è solo nella tua copia del bollettino.',
    items: matches.slice(0, PERSONAL_MATCHES_MAX).map(copyOffer).map(offerView),
  };
}

function sectionView(section: EditionSection): SectionView {
  return {
    anchor: SECTION_ANCHORS[section.code],
    title: section.title,
    count: section.items.length,
    items: itemViews(section),
    emptyText: EMPTY_TEXTS[section.code],
  };
}

function itemViews(section: EditionSection): ItemView[] {
  switch (section.code) {
    case 'OPEN_MARKET':
    case 'KM_ZERO':
      return section.items.map(offerView);
    case 'TRAINING':
      return section.items.map(courseView);
    case 'ACTIVE_POLICIES':
      return section.items.map(policyView);
    case 'ITALIAN_COURSES':
      return section.items.map(languageCourseView);
    case 'USEFUL_SERVICES':
      return section.items.map(serviceView);
  }
}
