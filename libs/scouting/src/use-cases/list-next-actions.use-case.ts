import { Injectable } from '@nestjs/common';
import type { Actor, Page } from '#libs/platform';
import { type NextActionRow, ScoutingRepository } from '../scouting.repository.js';
import { todayInRome } from '#libs/kernel';

export interface NextActionFilter {
  /** Whose actions; a consultant sees their own unless they ask for someone else's. */
  consultantId?: string;
  dueBefore?: string;
  page: number;
  pageSize: number;
}

export type NextActionView = NextActionRow & { overdue: boolean };

/** The open next actions, soonest due first: a consultant's agenda of companies to get back to. */
@Injectable()
export class ListNextActionsUseCase {
  constructor(private readonly scouting: ScoutingRepository) {}

  async execute(actor: Actor, filter: NextActionFilter): Promise<Page<NextActionView>> {
    const today = todayInRome();
    const consultantId =
      filter.consultantId ?? (actor.role === 'consultant' ? actor.userId : undefined);
    const page = await this.scouting.nextActionsPage(actor.organisationId, {
      ...filter,
      consultantId,
    });
    return { ...page, items: page.items.map((row) => ({ ...row, overdue: row.due < today })) };
  }
}
