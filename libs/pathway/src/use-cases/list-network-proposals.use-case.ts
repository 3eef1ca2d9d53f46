import { Injectable } from '@nestjs/common';
import { UsersReader } from '#libs/accounts';
import { CandidateCaseReader } from '#libs/candidates';
import { asOrganisationId, type Actor } from '#libs/platform';
import { VacancyFactsReader } from '#libs/vacancies';
import { PathwayError } from '../pathway.error.js';
import { PathwayRepository } from '../pathway.repository.js';
import { PROPOSAL_STATES, type ProposalState } from '../proposal-states.rules.js';

/**
 * A proposal another organisation of the network made for one of the organisation's vacancies, as
 * the publisher sees it: the person's name and what the proposal carries (its note, its state and
 * when it moved), never anything of the person's case (no special category, no contacts, no score
 * explanation, no notes of the proposer's log).
 */
export interface NetworkProposalView {
  id: string;
  vacancyId: string;
  state: ProposalState;
  stateLabel: string;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  candidate: { firstName: string; lastName: string };
  proposingOrganisation: { id: string; name: string };
  events: Array<{ at: Date; from: ProposalState | null; to: ProposalState; toLabel: string }>;
}

/** The proposals other organisations of its networks made for a vacancy the organisation published. */
@Injectable()
export class ListNetworkProposalsUseCase {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly vacancies: VacancyFactsReader,
    private readonly cases: CandidateCaseReader,
    private readonly users: UsersReader,
  ) {}

  async execute(actor: Actor, vacancyId: string): Promise<{ items: NetworkProposalView[] }> {
    if (!(await this.vacancies.exists(actor.organisationId, vacancyId))) {
      if (await this.vacancies.visibleTo(actor.organisationId, vacancyId))
        throw PathwayError.notPublisher();
      throw PathwayError.notFound('VACANCY');
    }
    const proposals = await this.pathway.proposalsFromNetwork(actor.organisationId, vacancyId);
    const organisations = [...new Set(proposals.map((proposal) => proposal.organisationId))];
    const [names, organisationNames] = await Promise.all([
      Promise.all(
        organisations.map((organisationId) =>
          this.cases.proposedNames(
            asOrganisationId(organisationId),
            proposals
              .filter((proposal) => proposal.organisationId === organisationId)
              .map((proposal) => proposal.candidateId),
          ),
        ),
      ).then((maps) => new Map(maps.flatMap((map) => [...map]))),
      this.users.organisationNames(organisations),
    ]);
    return {
      items: proposals.map((proposal) => ({
        id: proposal.id,
        vacancyId: proposal.vacancyId,
        state: proposal.state,
        stateLabel: PROPOSAL_STATES[proposal.state],
        note: proposal.note,
        createdAt: proposal.createdAt,
        updatedAt: proposal.updatedAt,
        candidate: names.get(proposal.candidateId) ?? { firstName: '', lastName: '' },
        proposingOrganisation: {
          id: proposal.organisationId,
          name: organisationNames.get(proposal.organisationId) ?? '',
        },
        events: proposal.events.map((event) => ({
          ...event,
          toLabel: PROPOSAL_STATES[event.to],
        })),
      })),
    };
  }
}
