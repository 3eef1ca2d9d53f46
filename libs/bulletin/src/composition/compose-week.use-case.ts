import { Injectable } from '@nestjs/common';
import { BulletinAreasRepository } from '../areas/bulletin-areas.repository.js';
import { BulletinQueues } from '../delivery/bulletin-jobs.writer.js';
import type { WeekKey } from '../domain/edition-week.js';

/**
 * The weekly run: one compose job per active area of every organisation, each retried on its own
 * (see ComposeScheduledEditionUseCase). Returns how many areas were enqueued.
 */
@Injectable()
export class ComposeWeekUseCase {
  constructor(
    private readonly areas: BulletinAreasRepository,
    private readonly queues: BulletinQueues,
  ) {}

  async execute(weekKey: WeekKey): Promise<number> {
    const areas = await this.areas.listAllActive();
    await this.queues.composeAreas(areas.map((area) => ({ areaId: area.id, weekKey })));
    return areas.length;
  }
}
