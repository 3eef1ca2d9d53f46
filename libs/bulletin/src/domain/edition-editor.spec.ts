import { BulletinError } from './bulletin.error.js';
import { composeEdition } from './edition-composer.js';
import { approve, dropItem, markSent, reorderItem } from './edition-editor.js';
import { AUTOMATIC_APPROVAL, type Edition, sectionOf } from './edition.js';
import {
  AREA,
  NOW,
  PREVIOUS_EDITION_AT,
  WEEK,
  at,
  offer,
  service,
} from './edition-test.fixtures.js';

const EDITOR = { kind: 'EDITOR', editorId: 'usr-redazione-1' } as const;
const LATER = at('2026-11-23T09:30:00Z');

function draft(): Edition {
  return composeEdition({
    area: AREA,
    weekKey: WEEK,
    previousEditionAt: PREVIOUS_EDITION_AT,
    now: NOW,
    fetched: {
      OPEN_MARKET: ['a', 'b', 'c', 'd'].map((id, index) =>
        offer({
          id,
          companyName: `Azienda ${id}`,
          publishedAt: new Date(Date.parse('2026-11-20T08:00:00Z') - index * 60_000),
        }),
      ),
      USEFUL_SERVICES: [service({ id: 'a' })],
    },
  });
}

const offerIds = (edition: Edition) =>
  sectionOf(edition, 'OPEN_MARKET')?.items.map((item) => item.id);

describe('editing a draft', () => {
  it('moves an item within its section and leaves the others in order', () => {
    const edition = draft();
    expect(offerIds(edition)).toEqual(['a', 'b', 'c', 'd']);
    expect(offerIds(reorderItem(edition, 'OPEN_MARKET', 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(offerIds(reorderItem(edition, 'OPEN_MARKET', 'a', 3))).toEqual(['b', 'c', 'd', 'a']);
    expect(offerIds(reorderItem(edition, 'OPEN_MARKET', 'b', 2))).toEqual(['a', 'c', 'b', 'd']);
    expect(offerIds(edition)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops an item from the named section only, even when another section has the same id', () => {
    const edited = dropItem(draft(), 'OPEN_MARKET', 'a');
    expect(offerIds(edited)).toEqual(['b', 'c', 'd']);
    expect(sectionOf(edited, 'USEFUL_SERVICES')?.items.map((item) => item.id)).toEqual(['a']);
  });

  it.each([-1, 4, 1.5])('refuses position %p with a message in Italian', (position) => {
    expect(() => reorderItem(draft(), 'OPEN_MARKET', 'a', position)).toThrow(
      expect.objectContaining({
        code: 'INVALID_POSITION',
        detail: expect.stringContaining('posizione'),
      }),
    );
  });

  it('says which item was not found in which section', () => {
    expect(() => dropItem(draft(), 'TRAINING', 'a')).toThrow(
      "L'elemento «a» non è nella sezione «Corsi di formazione».",
    );
  });
});

describe('the life of an edition: DRAFT → APPROVED → SENT', () => {
  it('records who approved and when, then when it was sent', () => {
    const approved = approve(draft(), { by: EDITOR, at: LATER });
    expect(approved).toMatchObject({ status: 'APPROVED', approvedAt: LATER, approvedBy: EDITOR });
    const sent = markSent(approved, at('2026-11-23T10:00:00Z'));
    expect(sent).toMatchObject({ status: 'SENT', sentAt: at('2026-11-23T10:00:00Z') });
    expect(sent.sections).toBe(approved.sections);
  });

  it('lets an area that sends automatically approve without an editor', () => {
    expect(approve(draft(), { by: AUTOMATIC_APPROVAL, at: NOW }).approvedBy).toEqual({
      kind: 'AUTOMATIC',
    });
  });

  it('refuses to approve an edition with nothing in it', () => {
    let empty = draft();
    for (const id of ['a', 'b', 'c', 'd']) empty = dropItem(empty, 'OPEN_MARKET', id);
    empty = dropItem(empty, 'USEFUL_SERVICES', 'a');
    expect(() => approve(empty, { by: EDITOR, at: LATER })).toThrow(
      expect.objectContaining({ code: 'EMPTY_EDITION' }),
    );
  });

  describe('refuses illegal moves, in Italian', () => {
    const approved = () => approve(draft(), { by: EDITOR, at: LATER });
    const sent = () => markSent(approved(), LATER);

    it.each([
      [
        'approve an approved edition',
        () => approve(approved(), { by: EDITOR, at: LATER }),
        'già stata approvata',
      ],
      [
        'approve a sent edition',
        () => approve(sent(), { by: EDITOR, at: LATER }),
        'già stata inviata',
      ],
      ['send a draft', () => markSent(draft(), LATER), 'non è ancora approvata'],
      ['send twice', () => markSent(sent(), LATER), 'già stata inviata'],
    ])('%s', (_, move, words) => {
      expect(move).toThrow(BulletinError);
      expect(move).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', status: 409 }));
      expect(move).toThrow(words);
    });

    it.each([
      ['reorder an approved edition', () => reorderItem(approved(), 'OPEN_MARKET', 'a', 1)],
      ['drop from an approved edition', () => dropItem(approved(), 'OPEN_MARKET', 'a')],
      ['drop from a sent edition', () => dropItem(sent(), 'OPEN_MARKET', 'a')],
    ])('%s', (_, edit) => {
      expect(edit).toThrow(expect.objectContaining({ code: 'EDITION_NOT_EDITABLE' }));
      expect(edit).toThrow('Si possono modificare solo le bozze');
    });
  });
});
