import { Injectable } from '@nestjs/common';
import {
  type CandidateFilter,
  type CandidateSummary,
  canReadSensitive,
  ListCandidatesUseCase,
} from '#libs/candidates';
import { NewMatchCountsReader } from '#libs/matching';
import type { Actor, Page } from '#libs/platform';
import { VacancyFactsReader } from '#libs/vacancies';
import { type ExpiringProposal, PathwayRepository } from '../pathway.repository.js';
import {
  ACTIVE_PROPOSAL_STATES,
  PROPOSAL_STATES,
  type ProposalState,
} from '../proposal-states.rules.js';

/** The next thing to do for a person: news to record on the proposal that expires first. */
export interface NextAction {
  proposalId: string;
  vacancyTitle: string;
  state: ProposalState;
  label: string;
  /** The proposal expires without news at this time. */
  dueAt: Date;
}

export interface CaseloadItem extends CandidateSummary {
  /** The latest of: the profile changed, a proposal moved, an outcome or a placement was recorded. */
  lastActivityAt: Date;
  activeProposals: number;
  nextAction: NextAction | null;
  /** Matches that appeared after the reader's previous visit to the person's list. */
  newMatches: number;
}

/**
 * GET /caseload: a tutor's day ("Le mie persone"): each person of the candidate list with when
 * something last happened, the next action and its date, and the new matches since the last visit.
 */
@Injectable()
export class ListCaseloadUseCase {
  constructor(
    private readonly candidates: ListCandidatesUseCase,
    private readonly pathway: PathwayRepository,
    private readonly vacancies: VacancyFactsReader,
    private readonly matches: NewMatchCountsReader,
  ) {}

  async execute(actor: Actor, filter: CandidateFilter): Promise<Page<CaseloadItem>> {
    const page = await this.candidates.execute(actor, filter);
    const ids = page.items.map((c) => c.id);
    const org = actor.organisationId;
    const onCase = new Set(
      page.items.filter((candidate) => canReadSensitive(actor, candidate)).map((c) => c.id),
    );
    const [signals, expiring, fresh] = await Promise.all([
      this.pathway.caseloadSignals(org, ids, ACTIVE_PROPOSAL_STATES),
      this.pathway.expiringProposals(org, ids, ACTIVE_PROPOSAL_STATES),
      this.matches.counts(
        actor,
        page.items.map((c) => ({ id: c.id, disclose: onCase.has(c.id) })),
      ),
    ]);
    const vacancies = await this.vacancies.listingFactsOf(
      org,
      expiring.map((proposal) => proposal.vacancyId),
    );
    // A proposal for a reserved (Law 68) vacancy is somebody's next action only for those on the case.
    const next = new Map<string, ExpiringProposal>();
    for (const proposal of expiring) {
      if (next.has(proposal.candidateId)) continue;
      if (vacancies.get(proposal.vacancyId)?.reservedL68 && !onCase.has(proposal.candidateId))
        continue;
      next.set(proposal.candidateId, proposal);
    }
    return {
      ...page,
      items: page.items.map((candidate) => {
        const signal = signals.find((s) => s.candidateId === candidate.id);
        const action = next.get(candidate.id);
        const updated = new Date(candidate.updatedAt);
        const event = signal?.lastEventAt ? new Date(signal.lastEventAt) : null;
        return {
          ...candidate,
          lastActivityAt: event && event > updated ? event : updated,
          activeProposals: signal?.active ?? 0,
          nextAction: action
            ? {
                proposalId: action.proposalId,
                vacancyTitle: vacancies.get(action.vacancyId)?.title ?? '',
                state: action.state,
                label: `Aggiornare la proposta (${PROPOSAL_STATES[action.state].toLowerCase()})`,
                dueAt: action.expiresAt,
              }
            : null,
          newMatches: fresh.get(candidate.id) ?? 0,
        };
      }),
    };
  }
}
