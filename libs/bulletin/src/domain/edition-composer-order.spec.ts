import { BulletinError } from './bulletin.error.js';
import type { OfferItem } from './edition-items.js';
import { sectionOf } from './edition.js';
import {
  at,
  compose,
  course,
  ids,
  languageCourse,
  offer,
  policy,
  service,
} from './edition-test.fixtures.js';

describe('composeEdition: duplicates, order and limits', () => {
  describe('duplicates', () => {
    it('keeps one entry per id, the most recently published', () => {
      const edition = compose({
        fetched: {
          OPEN_MARKET: [
            offer({ id: 'a', title: 'Prima versione', publishedAt: at('2026-11-17T08:00:00Z') }),
            offer({
              id: 'a',
              title: 'Versione aggiornata',
              publishedAt: at('2026-11-19T08:00:00Z'),
            }),
          ],
          TRAINING: [course({ id: 'c' }), course({ id: 'c' })],
        },
      });
      expect(sectionOf(edition, 'OPEN_MARKET')?.items.map((item) => item.title)).toEqual([
        'Versione aggiornata',
      ]);
      expect(ids(edition, 'TRAINING')).toEqual(['c']);
    });

    it('merges the same vacancy reposted by another board, not anonymous look-alikes', () => {
      const edition = compose({
        fetched: {
          OPEN_MARKET: [
            offer({ id: 'a', title: 'Magazziniere', companyName: 'Logistica Nord' }),
            offer({ id: 'b', title: 'magazzinière', companyName: 'LOGISTICA NORD' }),
            offer({ id: 'c', title: 'Badante', companyName: undefined }),
            offer({ id: 'd', title: 'Badante', companyName: undefined }),
          ],
        },
      });
      expect(ids(edition, 'OPEN_MARKET')).toEqual(['c', 'd', 'a']);
    });
  });

  describe('order', () => {
    it('is the same whatever order the search port returns', () => {
      const offers = [
        offer({ id: 'o1', publishedAt: at('2026-11-18T08:00:00Z') }),
        offer({ id: 'o2', publishedAt: at('2026-11-20T08:00:00Z'), companyName: 'Altra' }),
        offer({ id: 'o3', publishedAt: at('2026-11-20T08:00:00Z'), companyName: 'Terza' }),
      ];
      const courses = [
        languageCourse({ id: 'l1', cefrLevel: 'B1' }),
        languageCourse({ id: 'l2', cefrLevel: 'ALFA' }),
        languageCourse({ id: 'l3', cefrLevel: 'A1' }),
      ];
      const forward = compose({ fetched: { OPEN_MARKET: offers, ITALIAN_COURSES: courses } });
      const backward = compose({
        fetched: { OPEN_MARKET: [...offers].reverse(), ITALIAN_COURSES: [...courses].reverse() },
      });
      expect(forward).toEqual(backward);
      expect(ids(forward, 'OPEN_MARKET')).toEqual(['o2', 'o3', 'o1']);
      expect(ids(forward, 'ITALIAN_COURSES')).toEqual(['l2', 'l3', 'l1']);
    });

    it('puts courses starting sooner, policies closing sooner and services by name first', () => {
      const edition = compose({
        fetched: {
          TRAINING: [
            course({ id: 'undated' }),
            course({ id: 'later', startsOn: at('2027-02-01T08:00:00Z') }),
            course({ id: 'sooner', startsOn: at('2027-01-11T08:00:00Z') }),
          ],
          ACTIVE_POLICIES: [
            policy({ id: 'open-ended' }),
            policy({ id: 'closing', expiresAt: at('2026-12-01T08:00:00Z') }),
          ],
          USEFUL_SERVICES: [
            service({ id: 's1', title: 'Sportello lavoro' }),
            service({ id: 's2', title: 'Asilo nido comunale' }),
            service({ id: 's3', title: 'Emporio solidale' }),
          ],
        },
      });
      expect(ids(edition, 'TRAINING')).toEqual(['sooner', 'later', 'undated']);
      expect(ids(edition, 'ACTIVE_POLICIES')).toEqual(['closing', 'open-ended']);
      expect(ids(edition, 'USEFUL_SERVICES')).toEqual(['s2', 's3', 's1']);
    });
  });

  describe('limits', () => {
    const many = (count: number): OfferItem[] =>
      Array.from({ length: count }, (_, index) =>
        offer({
          id: `o${String(index).padStart(2, '0')}`,
          companyName: `Azienda ${index}`,
          publishedAt: new Date(Date.parse('2026-11-17T00:00:00Z') + index * 60_000),
        }),
      );

    it('cuts each section to its default limit and counts what was left out', () => {
      const section = sectionOf(compose({ fetched: { OPEN_MARKET: many(20) } }), 'OPEN_MARKET');
      expect(section?.items).toHaveLength(15);
      expect(section?.items[0].id).toBe('o19');
      expect(section?.omittedCount).toBe(5);
    });

    it('takes per-area overrides, zero included', () => {
      const edition = compose({
        fetched: { OPEN_MARKET: many(5), TRAINING: [course()] },
        limits: { OPEN_MARKET: 2, TRAINING: 0 },
      });
      expect(ids(edition, 'OPEN_MARKET')).toEqual(['o04', 'o03']);
      expect(ids(edition, 'TRAINING')).toEqual([]);
      expect(sectionOf(edition, 'TRAINING')?.omittedCount).toBe(1);
    });

    it.each([-1, 1.5, Number.NaN])('rejects a limit of %p', (limit) => {
      expect(() => compose({ limits: { OPEN_MARKET: limit } })).toThrow(BulletinError);
    });
  });
});
