import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinAreasRepository } from '../areas/bulletin-areas.repository.js';
import { BulletinError } from '../domain/bulletin.error.js';
import { type WeekKey, parseWeekKey, weekKeyOf } from '../domain/edition-week.js';
import { type EditionDetail, toEditionDetail } from '../editions/edition.view.js';
import { BulletinClock } from './bulletin-clock.js';
import { ComposeAreaEditionUseCase } from './compose-area-edition.use-case.js';

/**
 * An editor composes an area's edition without waiting for Monday: this week's by default, or the
 * next one. Composing a week that already has an edition returns it unchanged.
 */
@Injectable()
export class ComposeNowUseCase {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly compose: ComposeAreaEditionUseCase,
    private readonly clock: BulletinClock,
  ) {}

  async execute(
    actor: Actor,
    areaId: string,
    week?: string,
  ): Promise<{ edition: EditionDetail; created: boolean }> {
    const area = await this.areas.get(actor.organisationId, areaId);
    if (area.archivedAt) throw BulletinError.notFound('Area');
    const weekKey: WeekKey = week ? parseWeekKey(week) : weekKeyOf(this.clock.now());
    const { row, created } = await this.compose.execute(area, weekKey);
    return { edition: toEditionDetail(row, {}), created };
  }
}
