import { Injectable } from '@nestjs/common';
import { CandidateCaseReader, canReadSensitive } from '#libs/candidates';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { VacancyFactsReader } from '#libs/vacancies';
import { PathwayError } from '../pathway.error.js';
import { PathwayRepository, type ProposalScope } from '../pathway.repository.js';
import { toProposalView, type ProposalView } from '../proposal.view.js';

export type { ProposalScope } from '../pathway.repository.js';

/** A proposal in a list, with what a person reads to recognise the vacancy. */
export interface ProposalListItem extends ProposalView {
  vacancyTitle: string;
  companyName: string;
}

/**
 * Proposals for reserved (Law 68) vacancies of people not on the reader's cases are left out without
 * a count: any count above zero would say that someone is registered in the collocamento mirato.
 */
export interface ProposalList {
  items: ProposalListItem[];
}

/** The proposals of a candidate, of a vacancy, or one proposal, each with its log. */
@Injectable()
export class ListProposalsUseCase {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
    private readonly vacancies: VacancyFactsReader,
    private readonly companies: CompaniesRepository,
  ) {}

  async execute(actor: Actor, scope: ProposalScope): Promise<ProposalList> {
    const org = actor.organisationId;
    if ('candidateId' in scope) {
      if (!(await this.cases.caseOf(org, scope.candidateId)))
        throw PathwayError.notFound('CANDIDATE');
    } else if ('vacancyId' in scope) {
      if (!(await this.vacancies.visibleTo(org, scope.vacancyId)))
        throw PathwayError.notFound('VACANCY');
    } else if (!(await this.pathway.proposalExists(org, scope.proposalId))) {
      throw PathwayError.notFound('PROPOSAL');
    }
    const proposals = await this.pathway.proposalsOf(org, scope);
    const [tutors, vacancies] = await Promise.all([
      this.cases.assignedTutors(
        org,
        proposals.map((proposal) => proposal.candidateId),
      ),
      this.vacancies.listingFactsOf(
        org,
        proposals.map((proposal) => proposal.vacancyId),
      ),
    ]);
    const hidden = new Set(
      proposals
        .filter(
          (proposal) =>
            vacancies.get(proposal.vacancyId)?.reservedL68 &&
            !canReadSensitive(actor, {
              assignedTutorIds: tutors.get(proposal.candidateId) ?? [],
            }),
        )
        .map((proposal) => proposal.id),
    );
    const shown = proposals.filter((proposal) => !hidden.has(proposal.id));
    if ('proposalId' in scope && shown.length === 0) throw PathwayError.notFound('PROPOSAL');
    const shownIds = shown.map((proposal) => proposal.id);
    const [events, placements] = await Promise.all([
      this.pathway.eventsOf(shownIds),
      this.pathway.placementsOfProposals(shownIds),
    ]);
    // A vacancy shared in a network is named by its publisher, who keeps the company.
    const companyNames = new Map<string, string>();
    for (const publisher of new Set([...vacancies.values()].map((v) => v.organisationId))) {
      const named = await this.companies.names(
        publisher,
        [...vacancies.values()]
          .filter((vacancy) => vacancy.organisationId === publisher)
          .map((vacancy) => vacancy.companyId),
        [],
      );
      named.companyNames.forEach((name, id) => companyNames.set(id, name));
    }
    return {
      items: shown.map((proposal) => {
        const vacancy = vacancies.get(proposal.vacancyId);
        return {
          ...toProposalView(
            proposal,
            events.filter((event) => event.proposalId === proposal.id),
            placements.filter((placement) => placement.proposalId === proposal.id),
          ),
          vacancyTitle: vacancy?.title ?? '',
          companyName: (vacancy && companyNames.get(vacancy.companyId)) ?? '',
        };
      }),
    };
  }
}
