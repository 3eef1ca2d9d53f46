import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidateCaseReader } from '#libs/candidates';
import {
  evaluatePair,
  FairShareChanges,
  MatchingTaxonomy,
  MatchProfilesReader,
} from '#libs/matching';
import type { Actor } from '#libs/platform';
import { VacancyFactsReader } from '#libs/vacancies';
import { DataSource, QueryFailedError } from 'typeorm';
import { loadCaseOnCase } from '../pathway-access.policy.js';
import { PathwayError } from '../pathway.error.js';
import { PathwayRepository } from '../pathway.repository.js';
import { expiryFrom } from '../proposal-states.rules.js';
import { toProposalView, type ProposalView } from '../proposal.view.js';

export interface CreateProposalInput {
  candidateId: string;
  vacancyId: string;
  note?: string | null;
}

/**
 * A tutor on the case proposes the person for an open vacancy. The pair must pass every hard
 * constraint now (the same core that ranks matches), the person must have agreed to be presented
 * to companies, and only one proposal per person and vacancy may be in play.
 */
@Injectable()
export class CreateProposalUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingTaxonomy,
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
    private readonly vacancies: VacancyFactsReader,
    private readonly fairShare: FairShareChanges,
  ) {}

  async execute(actor: Actor, input: CreateProposalInput): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await loadCaseOnCase(this.cases, actor, input.candidateId, manager);
      if (!facts.active) throw PathwayError.candidateNotActive();
      if (!facts.shareWithCompanies) throw PathwayError.noConsent();
      const context = this.matching.context();
      const vacancy = await this.vacancies.lockedForProposal(
        manager,
        actor.organisationId,
        input.vacancyId,
        context.today,
      );
      if (!vacancy) throw PathwayError.notFound('VACANCY');
      if (!vacancy.open) throw PathwayError.vacancyNotOpen();

      const reader = new MatchProfilesReader(manager);
      const [candidate, vacancyProfile] = await Promise.all([
        reader.candidate(actor.organisationId, input.candidateId),
        reader.vacancy(actor.organisationId, input.vacancyId),
      ]);
      const pair = evaluatePair(candidate!, vacancyProfile!, context);
      if (!pair.possible) {
        throw PathwayError.notProposable(
          pair.constraints.filter((c) => !c.passed).map((c) => c.label),
        );
      }
      const now = new Date();
      const proposal = await this.pathway
        .saveProposal(manager, {
          organisationId: actor.organisationId,
          candidateId: input.candidateId,
          vacancyId: input.vacancyId,
          companyId: vacancy.companyId,
          state: 'PROPOSED',
          declineReason: null,
          score: pair.score,
          note: input.note?.trim() || null,
          expiresAt: expiryFrom('PROPOSED', now),
          createdAt: now,
          createdBy: actor.userId,
          updatedAt: now,
          version: 1,
        })
        .catch((error: unknown) => {
          if (
            error instanceof QueryFailedError &&
            (error.driverError as { code?: string }).code === '23505'
          ) {
            throw PathwayError.alreadyProposed();
          }
          throw error;
        });
      const event = await this.pathway.logEvent(manager, {
        proposalId: proposal.id,
        organisationId: actor.organisationId,
        actorId: actor.userId,
        fromState: null,
        toState: 'PROPOSED',
        reason: null,
        note: proposal.note,
        at: now,
      });
      this.fairShare.onProposalsChanged(manager, actor.organisationId, [input.vacancyId]);
      return toProposalView(proposal, [event]);
    });
  }
}
