import { CEFR_LABELS } from '#libs/kernel';
import type {
  CourseItem,
  LanguageCourseItem,
  OfferItem,
  PolicyItem,
  ServiceItem,
} from '../domain/edition-items.js';
import {
  formatDate,
  formatHours,
  formatLastOpenDay,
  formatSchedule,
  singleLine,
} from './italian-format.js';
import { safeWebUrl } from './safe-url.js';

/*
 * One entry as the three outputs (HTML e-mail, text e-mail, web page) show it: every string is
 * final Italian text, so the templates only lay it out and cannot disagree on wording.
 */

export interface DetailView {
  /** Bold lead-in such as 'Come candidarsi'; null for a plain line. */
  label: string | null;
  text: string;
}

export interface LinkView {
  href: string;
  /** Makes sense read alone, as screen readers list links: 'Dettagli dell'offerta «Barista»'. */
  text: string;
  /** Shown after the link on paper, where it cannot be clicked. */
  host: string;
}

export interface ItemView {
  title: string;
  details: DetailView[];
  link: LinkView | null;
}

export function offerView(offer: OfferItem): ItemView {
  const title = singleLine(offer.title);
  return {
    title,
    details: [
      plain([offer.companyName, offer.municipality, offer.contractLabel]),
      labelled('Scadenza', offer.expiresAt && formatLastOpenDay(offer.expiresAt)),
      labelled('Come candidarsi', offer.applyHow),
    ].filter(isDetail),
    link: linkView(offer.url, `Dettagli dell'offerta «${title}»`),
  };
}

export function courseView(course: CourseItem): ItemView {
  const title = singleLine(course.title);
  return {
    title,
    details: [
      plain([course.provider, course.municipality]),
      plain([
        course.hours !== undefined ? formatHours(course.hours) : undefined,
        costLabel(course.free),
      ]),
      labelled('Inizio', course.startsOn && formatDate(course.startsOn)),
      labelled('Scadenza iscrizioni', course.expiresAt && formatLastOpenDay(course.expiresAt)),
      labelled('Come iscriversi', course.enrolHow),
    ].filter(isDetail),
    link: linkView(course.url, `Dettagli del corso «${title}»`),
  };
}

export function policyView(policy: PolicyItem): ItemView {
  const title = singleLine(policy.title);
  return {
    title,
    details: [
      plain([policy.promoter]),
      plain([policy.summary]),
      labelled('Scadenza domande', policy.expiresAt && formatLastOpenDay(policy.expiresAt)),
      labelled('Come accedere', policy.accessHow),
    ].filter(isDetail),
    link: linkView(policy.url, `Dettagli su «${title}»`),
  };
}

export function languageCourseView(course: LanguageCourseItem): ItemView {
  const title = singleLine(course.title);
  return {
    title,
    details: [
      plain([
        `Livello ${CEFR_LABELS[course.cefrLevel]}`,
        formatHours(course.hours),
        costLabel(course.free),
      ]),
      plain([course.provider, course.place]),
      labelled('Orari', course.schedule.length > 0 ? formatSchedule(course.schedule) : undefined),
      labelled('Inizio', course.startsOn && formatDate(course.startsOn)),
      labelled('Scadenza iscrizioni', course.expiresAt && formatLastOpenDay(course.expiresAt)),
      labelled('Come iscriversi', course.enrolHow),
    ].filter(isDetail),
    link: linkView(course.url, `Dettagli del corso «${title}»`),
  };
}

export function serviceView(service: ServiceItem): ItemView {
  const title = singleLine(service.title);
  return {
    title,
    details: [
      plain([service.provider]),
      plain([service.summary]),
      labelled('Contatti', service.contact),
      labelled('Scadenza', service.expiresAt && formatLastOpenDay(service.expiresAt)),
    ].filter(isDetail),
    link: linkView(service.url, `Dettagli sul servizio «${title}»`),
  };
}

function costLabel(free: boolean | undefined): string | undefined {
  if (free === undefined) return undefined;
  return free ? 'Gratuito' : 'A pagamento';
}

function plain(parts: readonly (string | undefined)[]): DetailView | null {
  const text = parts
    .filter((part): part is string => part !== undefined)
    .map(singleLine)
    .filter((part) => part !== '')
    .join(' · ');
  return text === '' ? null : { label: null, text };
}

function labelled(label: string, text: string | undefined): DetailView | null {
  const line = text === undefined ? '' : singleLine(text);
  return line === '' ? null : { label, text: line };
}

function isDetail(detail: DetailView | null): detail is DetailView {
  return detail !== null;
}

function linkView(raw: string | undefined, text: string): LinkView | null {
  const url = safeWebUrl(raw);
  return url === null ? null : { href: url.href, text, host: url.hostname.replace(/^www\./, '') };
}
