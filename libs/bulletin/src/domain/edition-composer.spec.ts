import { SECTION_CODES } from './edition-sections.js';
import { type Edition, editionKey, sectionOf } from './edition.js';
import { weekKeyOf } from './edition-week.js';
import {
  NOW,
  PREVIOUS_EDITION_AT,
  at,
  compose,
  course,
  ids,
  languageCourse,
  offer,
  policy,
  service,
} from './edition-test.fixtures.js';

describe('composeEdition', () => {
  it('always has the six sections in the seeds order, with their Italian titles', () => {
    const edition = compose();
    expect(edition.sections.map((section) => [section.code, section.title])).toEqual([
      ['OPEN_MARKET', 'Offerte di lavoro'],
      ['KM_ZERO', 'Offerte a km zero'],
      ['TRAINING', 'Corsi di formazione'],
      ['ACTIVE_POLICIES', 'Politiche attive'],
      ['ITALIAN_COURSES', 'Corsi di italiano'],
      ['USEFUL_SERVICES', 'Servizi utili'],
    ]);
    expect(edition).toMatchObject({ status: 'DRAFT', weekKey: '2026-W48', composedAt: NOW });
  });

  describe('keeps only what is still open when the edition is composed', () => {
    const closing = {
      closed: at('2026-11-22T12:00:00Z'),
      closingNow: NOW,
      open: at('2026-11-23T07:00:01Z'),
    };

    it.each(SECTION_CODES)('in %s', (code) => {
      const make = (id: string, expiresAt?: Date) => {
        const fields = { id, expiresAt };
        switch (code) {
          case 'OPEN_MARKET':
            return { OPEN_MARKET: [offer(fields)] };
          case 'KM_ZERO':
            return { KM_ZERO: [offer({ ...fields, kmZero: true })] };
          case 'TRAINING':
            return { TRAINING: [course(fields)] };
          case 'ACTIVE_POLICIES':
            return { ACTIVE_POLICIES: [policy(fields)] };
          case 'ITALIAN_COURSES':
            return { ITALIAN_COURSES: [languageCourse(fields)] };
          case 'USEFUL_SERVICES':
            return { USEFUL_SERVICES: [service(fields)] };
        }
      };
      const kept = (expiresAt?: Date) => ids(compose({ fetched: make('x', expiresAt) }), code);
      expect(kept(closing.closed)).toEqual([]);
      expect(kept(closing.closingNow)).toEqual([]);
      expect(kept(closing.open)).toEqual(['x']);
      expect(kept(undefined)).toEqual(['x']);
    });
  });

  it('keeps, for a week ahead, only what is still open when that week starts (openAt)', () => {
    const nextMonday = at('2026-11-30T07:00:00Z');
    const edition = compose({
      openAt: nextMonday,
      fetched: {
        KM_ZERO: [
          offer({ id: 'ends-on-friday', kmZero: true, expiresAt: at('2026-11-27T23:00:00Z') }),
          offer({ id: 'still-open', kmZero: true, expiresAt: at('2026-12-01T23:00:00Z') }),
        ],
        TRAINING: [course({ id: 'enrol-by-sunday', expiresAt: at('2026-11-29T23:00:00Z') })],
      },
    });
    expect(ids(edition, 'KM_ZERO')).toEqual(['still-open']);
    expect(ids(edition, 'TRAINING')).toEqual([]);
    // The cut-off for the next edition's new offers is still the moment of composition.
    expect(edition.composedAt).toEqual(NOW);
  });

  describe('open market', () => {
    it('takes offers published after the previous edition and not in the future', () => {
      const edition = compose({
        fetched: {
          OPEN_MARKET: [
            offer({ id: 'old', publishedAt: at('2026-11-10T09:00:00Z') }),
            offer({ id: 'at-cut-off', publishedAt: PREVIOUS_EDITION_AT }),
            offer({ id: 'new', publishedAt: at('2026-11-16T07:00:01Z') }),
            offer({ id: 'scheduled', publishedAt: at('2026-11-24T09:00:00Z') }),
          ],
        },
      });
      expect(ids(edition, 'OPEN_MARKET')).toEqual(['new']);
      expect(edition.newOffersSince).toEqual(PREVIOUS_EDITION_AT);
    });

    it('looks back to the start of the previous week for the first edition of an area', () => {
      const edition = compose({
        previousEditionAt: null,
        fetched: {
          OPEN_MARKET: [
            offer({ id: 'before', publishedAt: at('2026-11-15T22:59:59Z') }),
            offer({ id: 'last-monday', publishedAt: at('2026-11-15T23:00:00Z') }),
          ],
        },
      });
      expect(edition.newOffersSince.toISOString()).toBe('2026-11-15T23:00:00.000Z');
      expect(ids(edition, 'OPEN_MARKET')).toEqual([]);
      const later = compose({
        previousEditionAt: null,
        fetched: {
          OPEN_MARKET: [offer({ id: 'last-monday', publishedAt: at('2026-11-15T23:00:01Z') })],
        },
      });
      expect(ids(later, 'OPEN_MARKET')).toEqual(['last-monday']);
    });

    it('rejects a previous edition composed after this one', () => {
      expect(() => compose({ previousEditionAt: at('2026-11-23T07:00:01Z') })).toThrow(
        expect.objectContaining({ code: 'INVALID_COMPOSE_INPUT' }),
      );
    });
  });

  describe('km zero', () => {
    const local = offer({
      id: 'bar-sotto-casa',
      title: 'Barista part-time',
      companyName: 'Bar Centrale',
      kmZero: true,
      publishedAt: at('2026-10-01T08:00:00Z'),
    });

    it('keeps open local offers however old they are', () => {
      expect(ids(compose({ fetched: { KM_ZERO: [local] } }), 'KM_ZERO')).toEqual([
        'bar-sotto-casa',
      ]);
    });

    it('ignores offers that reach the section without the km zero flag', () => {
      const edition = compose({ fetched: { KM_ZERO: [{ ...local, kmZero: false }] } });
      expect(ids(edition, 'KM_ZERO')).toEqual([]);
    });

    it('never repeats a km zero offer among the open-market offers', () => {
      const sameOffer = { ...local, publishedAt: at('2026-11-20T08:00:00Z') };
      const repost = offer({
        id: 'board-42',
        title: 'BARISTA  part time',
        companyName: 'Bar centrale',
        publishedAt: at('2026-11-21T08:00:00Z'),
      });
      const other = offer({ id: 'other', publishedAt: at('2026-11-21T08:00:00Z') });
      const edition = compose({
        fetched: { KM_ZERO: [local], OPEN_MARKET: [sameOffer, repost, other] },
      });
      expect(ids(edition, 'KM_ZERO')).toEqual(['bar-sotto-casa']);
      expect(ids(edition, 'OPEN_MARKET')).toEqual(['other']);
    });

    it('does not move a km zero offer to the open market when the km zero limit cuts it', () => {
      const second = { ...local, id: 'forno', title: 'Panettiere', companyName: 'Forno' };
      const recent = { ...second, publishedAt: at('2026-11-20T08:00:00Z') };
      const edition = compose({
        fetched: { KM_ZERO: [local, second], OPEN_MARKET: [recent] },
        limits: { KM_ZERO: 1 },
      });
      expect(ids(edition, 'KM_ZERO')).toEqual(['bar-sotto-casa']);
      expect(sectionOf(edition, 'KM_ZERO')?.omittedCount).toBe(1);
      expect(ids(edition, 'OPEN_MARKET')).toEqual([]);
    });
  });

  it('gives a retry, a second worker or a late run in the same week the same edition key', () => {
    const scheduled = compose();
    const retried = compose({ now: at('2026-11-29T22:59:00Z') }); // Sunday 23:59 in Rome
    const key = (edition: Edition) => editionKey(edition.area.slug, weekKeyOf(edition.composedAt));
    expect(key(scheduled)).toBe('milano-municipio-2:2026-W48');
    expect(key(retried)).toBe(key(scheduled));
    expect(compose()).toEqual(scheduled);
  });

  it('rejects an area slug that cannot go in a URL', () => {
    expect(() => compose({ area: { slug: 'Municipio 2/..', name: 'Municipio 2' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_AREA' }),
    );
  });
});
