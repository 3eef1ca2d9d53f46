import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidateCaseReader } from '#libs/candidates';
import { isInternship } from '#libs/kernel';
import { FairShareChanges } from '#libs/matching';
import type { Actor, FieldProblem } from '#libs/platform';
import { VacancyFactsReader } from '#libs/vacancies';
import { DataSource } from 'typeorm';
import { loadCaseOnCase } from '../pathway-access.policy.js';
import { PathwayError } from '../pathway.error.js';
import { PathwayRepository } from '../pathway.repository.js';
import type { PlacementInput } from '../placement.rules.js';
import { writePlacement } from '../placement.writer.js';
import {
  canMove,
  type DeclineReason,
  expiryFrom,
  PLACEMENT_STATES,
  type ProposalState,
} from '../proposal-states.rules.js';
import { toProposalView, type ProposalView } from '../proposal.view.js';

export interface TransitionInput {
  to: ProposalState;
  /** Required when the company declines. */
  reason?: DeclineReason;
  note?: string | null;
  /** Required when an internship starts or the person is hired. */
  placement?: PlacementInput;
  version?: number;
}

/**
 * Moves a proposal one step (sent to the company, interview, internship, hire, declined, withdrawn),
 * logs who did it, and records the placement that an internship or a hire starts, all in one commit.
 */
@Injectable()
export class TransitionProposalUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
    private readonly vacancies: VacancyFactsReader,
    private readonly fairShare: FairShareChanges,
  ) {}

  async execute(actor: Actor, proposalId: string, input: TransitionInput): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.pathway.proposalForUpdate(
        manager,
        actor.organisationId,
        proposalId,
      );
      if (!proposal) throw PathwayError.notFound('PROPOSAL');
      const facts = await loadCaseOnCase(this.cases, actor, proposal.candidateId, manager);
      if (input.version !== undefined && input.version !== proposal.version)
        throw PathwayError.staleVersion();
      if (!canMove(proposal.state, input.to, 'person')) {
        throw PathwayError.illegalTransition(proposal.state, input.to);
      }
      this.checkInput(input);

      const from = proposal.state;
      const now = new Date();
      proposal.state = input.to;
      proposal.declineReason = input.to === 'DECLINED_BY_COMPANY' ? input.reason! : null;
      proposal.expiresAt = expiryFrom(input.to, now);
      proposal.updatedAt = now;
      proposal.version += 1;
      const saved = await this.pathway.saveProposal(manager, proposal);
      await this.pathway.logEvent(manager, {
        proposalId,
        organisationId: actor.organisationId,
        actorId: actor.userId,
        fromState: from,
        toState: input.to,
        reason: input.reason ?? null,
        note: input.note?.trim() || null,
        at: now,
      });
      if (input.placement) {
        const vacancy = await this.vacancies.factsOf(
          actor.organisationId,
          proposal.vacancyId,
          manager,
        );
        await writePlacement(
          this.pathway,
          manager,
          actor,
          facts,
          {
            companyId: proposal.companyId,
            vacancyId: proposal.vacancyId,
            proposalId,
            kmZero: vacancy?.kmZero ?? false,
          },
          input.placement,
          'placement',
        );
      }
      this.fairShare.onProposalsChanged(manager, actor.organisationId, [proposal.vacancyId]);
      const events = await this.pathway.eventsOf([proposalId], manager);
      const placements = await this.pathway.placementsOfProposals([proposalId], manager);
      return toProposalView(saved, events, placements);
    });
  }

  private checkInput(input: TransitionInput): void {
    const problems: FieldProblem[] = [];
    if (input.to === 'DECLINED_BY_COMPANY' && !input.reason) {
      problems.push({
        field: 'reason',
        message: "indica il motivo per cui l'azienda non ha accolto la proposta",
      });
    }
    if (input.to !== 'DECLINED_BY_COMPANY' && input.reason) {
      problems.push({
        field: 'reason',
        message: "il motivo vale solo quando l'azienda non accoglie la proposta",
      });
    }
    if (input.reason === 'OTHER' && !input.note?.trim()) {
      problems.push({ field: 'note', message: 'spiega il motivo nella nota' });
    }
    const needsPlacement = PLACEMENT_STATES.includes(input.to);
    if (needsPlacement && !input.placement) {
      problems.push({
        field: 'placement',
        message: "registra l'esito: tipo di contratto, ore e date",
      });
    }
    if (!needsPlacement && input.placement) {
      problems.push({
        field: 'placement',
        message: "l'esito si registra all'avvio del tirocinio o all'assunzione",
      });
    }
    const internship = input.placement !== undefined && isInternship(input.placement.contractType);
    if (input.to === 'INTERNSHIP_STARTED' && input.placement && !internship) {
      problems.push({
        field: 'placement.contractType',
        message: 'un tirocinio si registra con un codice di tirocinio',
      });
    }
    if (input.to === 'HIRED' && internship) {
      problems.push({
        field: 'placement.contractType',
        message: "un'assunzione non si registra con un codice di tirocinio",
      });
    }
    if (problems.length > 0) throw PathwayError.invalid(problems);
  }
}
