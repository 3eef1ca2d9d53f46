import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { ScoutingRepository } from '../scouting.repository.js';
import { type ActivityView, toActivityView } from './activity.view.js';

export interface ActivityFilter {
  companyId?: string;
  consultantId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The organisation's scouting activities, newest first. */
@Injectable()
export class ListActivitiesUseCase {
  constructor(private readonly scouting: ScoutingRepository) {}

  async execute(actor: Actor, filter: ActivityFilter): Promise<Page<ActivityView>> {
    const page = await this.scouting.activitiesPage(actor.organisationId, filter);
    return { ...page, items: page.items.map(toActivityView) };
  }
}
