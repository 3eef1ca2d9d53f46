import type { OfferItem } from './edition-items.js';
import { sectionOf } from './edition.js';
import { compose, course, languageCourse, offer } from './edition-test.fixtures.js';

describe('composeEdition: privacy', () => {
  it('leaves behind every field that is not a public field of the item', () => {
    const matchRow = {
      ...offer({ id: 'o1' }),
      candidateName: 'Fatima El Amrani',
      fiscalCode: 'LMRFTM85A41Z330X',
      targetGroups: ['VIOLENCE'],
      notes: 'seguita dal CPS',
    };
    // @ts-expect-error the item types refuse fields that describe a person (NoPersonalFields)
    const typedRow: OfferItem = matchRow;
    expect(typedRow.candidateName).toBe('Fatima El Amrani');
    const courseRow = { ...course({ id: 'c1' }), enrolledCandidate: 'Fatima El Amrani' };
    const italianRow = {
      ...languageCourse({ id: 'l1' }),
      schedule: [{ day: 2 as const, start: '09:00', end: '12:00', learner: 'Fatima' }],
    };
    const edition = compose({
      fetched: {
        // The casts stand for rows that arrive untyped from a port or a JSON column.
        OPEN_MARKET: [matchRow as unknown as OfferItem],
        TRAINING: [courseRow],
        ITALIAN_COURSES: [italianRow],
      },
    });
    const stored = JSON.stringify(edition);
    for (const leaked of ['Fatima', 'LMRFTM85A41Z330X', 'VIOLENCE', 'CPS']) {
      expect(stored).not.toContain(leaked);
    }
    expect(Object.keys(sectionOf(edition, 'OPEN_MARKET')!.items[0]).sort()).toEqual([
      'companyName',
      'contractLabel',
      'id',
      'kmZero',
      'municipality',
      'publishedAt',
      'title',
    ]);
  });

  it('shares no mutable object with its input', () => {
    const input = offer({ id: 'o1' });
    const edition = compose({ fetched: { OPEN_MARKET: [input] } });
    input.publishedAt.setUTCFullYear(1999);
    expect(sectionOf(edition, 'OPEN_MARKET')?.items[0].publishedAt.getUTCFullYear()).toBe(2026);
  });
});
