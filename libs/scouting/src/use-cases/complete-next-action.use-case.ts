import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { ScoutingError } from '../scouting.error.js';
import { ScoutingRepository } from '../scouting.repository.js';
import { type ActivityView, toActivityView } from './activity.view.js';

/** Marks the next action of an activity as done; doing it twice changes nothing. */
@Injectable()
export class CompleteNextActionUseCase {
  constructor(private readonly scouting: ScoutingRepository) {}

  async execute(actor: Actor, activityId: string): Promise<ActivityView> {
    const activity = await this.scouting.activity(actor.organisationId, activityId);
    if (!activity) throw ScoutingError.activityNotFound();
    if (!activity.nextAction) throw ScoutingError.noNextAction();
    if (!activity.nextActionDoneAt) {
      activity.nextActionDoneAt = new Date();
      await this.scouting.saveActivity(activity);
    }
    return toActivityView(activity);
  }
}
