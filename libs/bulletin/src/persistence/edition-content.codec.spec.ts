import { itemCount } from '../domain/edition.js';
import { SECTION_CODES } from '../domain/edition-sections.js';
import { sampleEdition } from '../rendering/sample-edition.js';
import type { BulletinEditionEntity } from './bulletin-edition.entity.js';
import { decodeEdition, encodeEditionContent, withSections } from './edition-content.codec.js';

function row(overrides: Partial<BulletinEditionEntity> = {}): BulletinEditionEntity {
  const edition = sampleEdition();
  return {
    id: 'e-1',
    organisationId: 'org' as BulletinEditionEntity['organisationId'],
    areaId: 'a-1',
    weekKey: edition.weekKey,
    status: 'APPROVED',
    content: encodeEditionContent(edition, ['OPEN_MARKET', 'KM_ZERO', 'ITALIAN_COURSES']),
    composedAt: edition.composedAt,
    newOffersSince: edition.newOffersSince,
    approvedAt: edition.approvedAt ?? null,
    approvedByUserId: null,
    approvedAutomatically: true,
    sentAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

describe('edition content in jsonb', () => {
  it('comes back as the same edition, dates included', () => {
    const edition = sampleEdition();
    expect(decodeEdition(row())).toEqual(edition);
    const offer = decodeEdition(row()).sections[0].items[0];
    expect('publishedAt' in offer && offer.publishedAt).toBeInstanceOf(Date);
  });

  it('records the sections the area shows, in the canonical order', () => {
    expect(
      encodeEditionContent(sampleEdition(), ['ITALIAN_COURSES', 'OPEN_MARKET']).shownSections,
    ).toEqual(['OPEN_MARKET', 'ITALIAN_COURSES']);
  });

  it('keeps every section on decoding, so the editor operations find them', () => {
    const stored = row();
    stored.content.sections = stored.content.sections.slice(0, 2);
    const decoded = decodeEdition(stored);
    expect(decoded.sections.map((section) => section.code)).toEqual([...SECTION_CODES]);
    expect(itemCount(decoded)).toBe(itemCount(sampleEdition()) - countFrom(2));
  });

  it('drops any field a hand-edited row added to an item', () => {
    const stored = row();
    Object.assign(stored.content.sections[0].items[0], {
      candidateName: 'Amina Haddad',
      note: 'x',
    });
    const offer = decodeEdition(stored).sections[0].items[0];
    expect(offer).not.toHaveProperty('candidateName');
    expect(offer).not.toHaveProperty('note');
  });

  it('shows a reader only the sections both the area and the reader chose', () => {
    const edition = decodeEdition(row());
    expect(
      withSections(edition, ['KM_ZERO', 'USEFUL_SERVICES']).sections.map((s) => s.code),
    ).toEqual(['KM_ZERO', 'USEFUL_SERVICES']);
  });
});

function countFrom(index: number): number {
  return sampleEdition()
    .sections.slice(index)
    .reduce((total, section) => total + section.items.length, 0);
}
