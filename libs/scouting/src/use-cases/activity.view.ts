import type { ScoutingActivityEntity } from '../entities/scouting-activity.entity.js';
import { ACTIVITY_KINDS, ACTIVITY_TOPICS } from '../scouting.types.js';

export interface ActivityView extends ScoutingActivityEntity {
  kindLabel: string;
  topicLabel: string;
}

export function toActivityView(row: ScoutingActivityEntity): ActivityView {
  return { ...row, kindLabel: ACTIVITY_KINDS[row.kind], topicLabel: ACTIVITY_TOPICS[row.topic] };
}
