import { Injectable, Logger } from '@nestjs/common';
import { composeEdition } from '../domain/edition-composer.js';
import { DEFAULT_SECTION_LIMITS } from '../domain/edition-sections.js';
import { type WeekKey, editionReading, previousWeek, weekBounds } from '../domain/edition-week.js';
import { BulletinEditionsRepository } from '../editions/bulletin-editions.repository.js';
import type { BulletinAreaEntity } from '../persistence/bulletin-area.entity.js';
import type { BulletinEditionEntity } from '../persistence/bulletin-edition.entity.js';
import { BulletinClock } from './bulletin-clock.js';
import { BulletinContentSource } from './bulletin-content.source.js';

export interface ComposedEdition {
  row: BulletinEditionEntity;
  area: BulletinAreaEntity;
  /** False when the area already had an edition for the week (a retry, another worker). */
  created: boolean;
}

/**
 * Composes an area's edition for a week, once, reading the records as of that week (see
 * `editionReading`: a past week as it stood then, a week ahead with what is still open then). A second call for the same area and week (a retry,
 * a second worker, a clock that crossed a DST change) returns the stored edition: the insert is
 * `ON CONFLICT DO NOTHING` on (area, week) and whatever is stored is read back.
 */
@Injectable()
export class ComposeAreaEditionUseCase {
  private readonly logger = new Logger(ComposeAreaEditionUseCase.name);

  constructor(
    private readonly editions: BulletinEditionsRepository,
    private readonly source: BulletinContentSource,
    private readonly clock: BulletinClock,
  ) {}

  async execute(area: BulletinAreaEntity, weekKey: WeekKey): Promise<ComposedEdition> {
    const existing = await this.editions.findForWeek(area.id, weekKey);
    if (existing) return { row: existing, area, created: false };

    const reading = editionReading(weekKey, this.clock.now());
    const now = reading.composedAt;
    const previous = await this.editions.latestBefore(area.id, weekKey);
    const previousEditionAt = previous?.composedAt ?? null;
    const fetched = await this.source.fetch({
      area,
      sections: area.sections,
      newOffersSince: previousEditionAt ?? weekBounds(previousWeek(weekKey)).start,
      now,
      openAt: reading.openAt,
      historical: reading.historical,
      limits: DEFAULT_SECTION_LIMITS,
    });
    const edition = composeEdition({
      area: { slug: area.slug, name: area.name },
      weekKey,
      previousEditionAt,
      now,
      openAt: reading.openAt,
      fetched,
    });
    const stored = await this.editions.insertOnce(
      area.organisationId,
      area.id,
      edition,
      area.sections,
    );
    if (stored.created) {
      this.logger.log({ areaId: area.id, weekKey, editionId: stored.row.id }, 'edizione composta');
    }
    return { ...stored, area };
  }
}
