import {
  DECLINE_REASONS,
  type DeclineReason,
  PROPOSAL_STATES,
  nextStates,
} from './proposal-states.rules.js';
import type { PlacementEntity } from './entities/placement.entity.js';
import type { ProposalEventEntity } from './entities/proposal-event.entity.js';
import type { ProposalEntity } from './entities/proposal.entity.js';

export interface ProposalView {
  id: string;
  candidateId: string;
  vacancyId: string;
  companyId: string;
  state: ProposalEntity['state'];
  stateLabel: string;
  /** Where the proposal may go next (the moves a person can record). */
  nextStates: ProposalEntity['state'][];
  declineReason: DeclineReason | null;
  declineReasonLabel: string | null;
  score: number | null;
  note: string | null;
  expiresAt: Date | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  version: number;
  events: Array<{
    at: Date;
    actorId: string | null;
    from: ProposalEventEntity['fromState'];
    to: ProposalEventEntity['toState'];
    toLabel: string;
    reason: string | null;
    note: string | null;
  }>;
  placementIds: string[];
}

export function toProposalView(
  proposal: ProposalEntity,
  events: ProposalEventEntity[] = [],
  placements: Pick<PlacementEntity, 'id'>[] = [],
): ProposalView {
  return {
    id: proposal.id,
    candidateId: proposal.candidateId,
    vacancyId: proposal.vacancyId,
    companyId: proposal.companyId,
    state: proposal.state,
    stateLabel: PROPOSAL_STATES[proposal.state],
    nextStates: nextStates(proposal.state),
    declineReason: proposal.declineReason,
    declineReasonLabel: proposal.declineReason ? DECLINE_REASONS[proposal.declineReason] : null,
    score: proposal.score,
    note: proposal.note,
    expiresAt: proposal.expiresAt,
    createdAt: proposal.createdAt,
    createdBy: proposal.createdBy,
    updatedAt: proposal.updatedAt,
    version: proposal.version,
    events: events.map((event) => ({
      at: event.at,
      actorId: event.actorId,
      from: event.fromState,
      to: event.toState,
      toLabel: PROPOSAL_STATES[event.toState],
      reason: event.reason,
      note: event.note,
    })),
    placementIds: placements.map((placement) => placement.id),
  };
}
