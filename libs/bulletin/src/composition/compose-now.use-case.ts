import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { BulletinAreasRepository } from '../areas/bulletin-areas.repository.js';
import { BulletinError } from '../domain/bulletin.error.js';
import { type WeekKey, parseWeekKey, weekKeyOf, weekRelation } from '../domain/edition-week.js';
import { type EditionDetail, toEditionDetail } from '../editions/edition.view.js';
import { BulletinClock } from './bulletin-clock.js';
import { ComposeAreaEditionUseCase } from './compose-area-edition.use-case.js';

export interface ComposeNowOptions {
  /** The ISO week; this week's when omitted. */
  week?: string;
  /** An editor re-issues a past week's edition (a missed one): read as the records stood then. */
  reissue?: boolean;
}

/**
 * An editor composes an area's edition without waiting for Monday: this week's by default, or the
 * next one. A past week only with the explicit `reissue` override; weeks further ahead never (they
 * would be approved and published with what is open today). Composing a week that already has an
 * edition returns it unchanged.
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
    options: ComposeNowOptions = {},
  ): Promise<{ edition: EditionDetail; created: boolean }> {
    const now = this.clock.now();
    const weekKey: WeekKey = options.week ? parseWeekKey(options.week) : weekKeyOf(now);
    assertComposable(weekKey, now, options.reissue === true);
    const area = await this.areas.get(actor.organisationId, areaId);
    if (area.archivedAt) throw BulletinError.notFound('Area');
    const { row, created } = await this.compose.execute(area, weekKey);
    return { edition: toEditionDetail(row, {}), created };
  }
}

function assertComposable(weekKey: WeekKey, now: Date, reissue: boolean): void {
  const relation = weekRelation(weekKey, now);
  if (relation === 'LATER') {
    throw new BulletinError(
      'WEEK_NOT_COMPOSABLE',
      `La settimana ${weekKey} è troppo avanti: si compone solo l'edizione di questa settimana (${weekKeyOf(now)}) o della prossima.`,
    );
  }
  if (relation === 'PAST' && !reissue) {
    throw new BulletinError(
      'WEEK_NOT_COMPOSABLE',
      `La settimana ${weekKey} è passata: per riemettere la sua edizione, con le offerte e i contenuti di allora, indicare reissue: true.`,
    );
  }
}
