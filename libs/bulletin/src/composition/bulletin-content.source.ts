import type { FetchedItems } from '../domain/edition-composer.js';
import type { SectionCode, SectionLimits } from '../domain/edition-sections.js';
import type { BulletinAreaEntity } from '../persistence/bulletin-area.entity.js';

export interface ContentQuery {
  area: BulletinAreaEntity;
  sections: readonly SectionCode[];
  /** Open-market offers published after this instant (the previous edition's composition). */
  newOffersSince: Date;
  /** The edition's composition instant: offers published on its day wait for the next edition. */
  now: Date;
  /** When every entry must still be open (a week ahead: its Monday). */
  openAt: Date;
  /** Read the records as they stood at `now` (a past week's edition, re-issued). */
  historical: boolean;
  limits: SectionLimits;
}

/**
 * Where an edition's entries come from, section by section. The composer applies the bulletin's
 * rules (open, new since last week, no duplicates, limits) to whatever this returns, so a source
 * may return a little more than needed but never less.
 *
 * Today's implementation queries PostgreSQL (vacancies and bulletin_contents) directly; the search
 * port's documents do not yet carry everything an entry prints (schedules, hours, how to enrol),
 * and the search index follows the database through an outbox, so a vacancy published a minute
 * before composition might be missing from it. Another source can replace this one in the module.
 */
export abstract class BulletinContentSource {
  abstract fetch(query: ContentQuery): Promise<FetchedItems>;
}
