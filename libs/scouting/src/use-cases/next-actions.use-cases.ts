import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, Page } from '#libs/platform';
import { DataSource } from 'typeorm';
import { ScoutingActivityEntity } from '../entities/scouting-activity.entity.js';
import { ScoutingError } from '../scouting.error.js';
import { todayInRome } from '#libs/kernel';
import { type ActivityView, toActivityView } from './activity.view.js';

export interface NextActionFilter {
  /** Whose actions; a consultant sees their own unless they ask for someone else's. */
  consultantId?: string;
  dueBefore?: string;
  page: number;
  pageSize: number;
}

export interface NextActionView {
  activityId: string;
  companyId: string;
  companyName: string;
  consultantId: string;
  nextAction: string;
  due: string;
  overdue: boolean;
}

/** The open next actions, soonest due first: a consultant's agenda of companies to get back to. */
@Injectable()
export class ListNextActionsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, filter: NextActionFilter): Promise<Page<NextActionView>> {
    const today = todayInRome();
    const consultantId =
      filter.consultantId ?? (actor.role === 'consultant' ? actor.userId : undefined);
    const values: unknown[] = [actor.organisationId];
    let where = `a.organisation_id = $1 AND a.next_action_due IS NOT NULL AND a.next_action_done_at IS NULL`;
    if (consultantId) {
      values.push(consultantId);
      where += ` AND a.consultant_id = $${values.length}`;
    }
    if (filter.dueBefore) {
      values.push(filter.dueBefore);
      where += ` AND a.next_action_due <= $${values.length}`;
    }
    values.push(filter.pageSize, (filter.page - 1) * filter.pageSize);
    const rows: Array<Omit<NextActionView, 'overdue'> & { total: string }> =
      await this.dataSource.query(
        `SELECT a.id AS "activityId", a.company_id AS "companyId", c.name AS "companyName",
              a.consultant_id AS "consultantId", a.next_action AS "nextAction",
              to_char(a.next_action_due, 'YYYY-MM-DD') AS due, count(*) OVER () AS total
         FROM scouting_activities a JOIN companies c ON c.id = a.company_id
        WHERE ${where}
        ORDER BY a.next_action_due, c.name, a.id
        LIMIT $${values.length - 1} OFFSET $${values.length}`,
        values,
      );
    return {
      items: rows.map(({ total: _total, ...row }) => ({ ...row, overdue: row.due < today })),
      page: filter.page,
      pageSize: filter.pageSize,
      total: rows.length > 0 ? Number(rows[0].total) : 0,
    };
  }
}

/** Marks the next action of an activity as done; doing it twice changes nothing. */
@Injectable()
export class CompleteNextActionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, activityId: string): Promise<ActivityView> {
    const repository = this.dataSource.getRepository(ScoutingActivityEntity);
    const activity = await repository.findOneBy({
      id: activityId,
      organisationId: actor.organisationId,
    });
    if (!activity) throw ScoutingError.activityNotFound();
    if (!activity.nextAction) throw ScoutingError.noNextAction();
    if (!activity.nextActionDoneAt) {
      activity.nextActionDoneAt = new Date();
      await repository.save(activity);
    }
    return toActivityView(activity);
  }
}
