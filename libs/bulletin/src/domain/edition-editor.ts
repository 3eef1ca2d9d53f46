import { BulletinError } from './bulletin.error.js';
import { type Approver, type Edition, itemCount } from './edition.js';
import type { EditionItem } from './edition-items.js';
import { type EditionSection, SECTION_TITLES, type SectionCode } from './edition-sections.js';

/*
 * What the editorial staff (redazione bollettino) can do to an edition. The life of an edition is
 * DRAFT → APPROVED → SENT: items can be moved or dropped only while it is a draft, approval freezes
 * the content that will be mailed and published, and SENT is final.
 */

/** Moves an item to `toIndex` (0-based) within its section; the other items keep their order. */
export function reorderItem(
  edition: Edition,
  section: SectionCode,
  itemId: string,
  toIndex: number,
): Edition {
  assertDraft(edition);
  return replaceItems(edition, section, itemId, (items, from) => {
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= items.length) {
      throw new BulletinError(
        'INVALID_POSITION',
        `La posizione ${toIndex} non è valida: la sezione «${SECTION_TITLES[section]}» ha ${items.length} elementi (posizioni da 0 a ${items.length - 1}).`,
      );
    }
    const moved = items.filter((_, index) => index !== from);
    moved.splice(toIndex, 0, items[from]);
    return moved;
  });
}

/** Removes an item from its section. */
export function dropItem(edition: Edition, section: SectionCode, itemId: string): Edition {
  assertDraft(edition);
  return replaceItems(edition, section, itemId, (items, from) =>
    items.filter((_, index) => index !== from),
  );
}

/** Freezes the draft for sending, by an editor or by the area's automatic sending. */
export function approve(edition: Edition, approval: { by: Approver; at: Date }): Edition {
  if (edition.status === 'APPROVED') {
    throw new BulletinError('ILLEGAL_TRANSITION', "L'edizione è già stata approvata.");
  }
  if (edition.status === 'SENT') {
    throw new BulletinError(
      'ILLEGAL_TRANSITION',
      "L'edizione è già stata inviata: non si può approvare di nuovo.",
    );
  }
  if (itemCount(edition) === 0) {
    throw new BulletinError(
      'EMPTY_EDITION',
      "L'edizione non contiene offerte, corsi né servizi: non c'è nulla da approvare.",
    );
  }
  return {
    ...edition,
    status: 'APPROVED',
    approvedAt: new Date(approval.at.getTime()),
    approvedBy: approval.by,
  };
}

/** Records that delivery went out. Only an approved edition can be sent. */
export function markSent(edition: Edition, at: Date): Edition {
  if (edition.status === 'DRAFT') {
    throw new BulletinError(
      'ILLEGAL_TRANSITION',
      "L'edizione non è ancora approvata: non si può inviare.",
    );
  }
  if (edition.status === 'SENT') {
    throw new BulletinError('ILLEGAL_TRANSITION', "L'edizione è già stata inviata.");
  }
  return { ...edition, status: 'SENT', sentAt: new Date(at.getTime()) };
}

function assertDraft(edition: Edition): void {
  if (edition.status !== 'DRAFT') {
    const state = edition.status === 'APPROVED' ? 'è già approvata' : 'è già stata inviata';
    throw new BulletinError(
      'EDITION_NOT_EDITABLE',
      `Si possono modificare solo le bozze: questa edizione ${state}.`,
    );
  }
}

/**
 * The item types of a section are tied to its code, which TypeScript cannot follow through a
 * callback over the union of sections; edits only remove or reorder existing items, so the
 * section keeps its own item type and the cast below is sound.
 */
function replaceItems(
  edition: Edition,
  code: SectionCode,
  itemId: string,
  edit: (items: readonly EditionItem[], from: number) => EditionItem[],
): Edition {
  const section = edition.sections.find((candidate) => candidate.code === code);
  const from = section ? section.items.findIndex((item) => item.id === itemId) : -1;
  if (!section || from === -1) {
    throw new BulletinError(
      'ITEM_NOT_FOUND',
      `L'elemento «${itemId}» non è nella sezione «${SECTION_TITLES[code]}».`,
    );
  }
  const items: readonly EditionItem[] = section.items;
  const updated = { ...section, items: edit(items, from) } as EditionSection;
  return {
    ...edition,
    sections: edition.sections.map((current) => (current === section ? updated : current)),
  };
}
