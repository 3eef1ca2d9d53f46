import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type DeepPartial, type EntityManager, In } from 'typeorm';
import { PlacementEntity } from './entities/placement.entity.js';
import { ProposalEventEntity } from './entities/proposal-event.entity.js';
import { ProposalEntity } from './entities/proposal.entity.js';
import { SoftOutcomeEntity } from './entities/soft-outcome.entity.js';
import {
  PROPOSALS_FROM_NETWORK_SQL,
  CASELOAD_SIGNALS_SQL,
  ERASE_NOTES_SQL,
  EXPIRE_DUE_PROPOSALS_SQL,
  EXPIRING_PROPOSALS_SQL,
  EXPORT_SQL,
  LOG_EXPIRED_PROPOSALS_SQL,
} from './pathway.sql.js';
import type { ProposalState } from './proposal-states.rules.js';

/** For the caseload: the last recorded news of a person and the proposals in play. */
export interface CaseloadSignal {
  candidateId: string;
  lastEventAt: Date | null;
  active: number;
}

/** A proposal in play with an expiry date (the next thing to update). */
export interface ExpiringProposal {
  candidateId: string;
  proposalId: string;
  state: ProposalState;
  expiresAt: Date;
  vacancyId: string;
}

export type ProposalScope =
  { candidateId: string } | { vacancyId: string } | { proposalId: string };

/**
 * The pathway tables: proposals and their log, placements, soft outcomes. Every query of a
 * person's pathway carries the organisation; pass the caller's transaction manager to work inside it.
 */
/** A proposal the nightly job expired. */
export interface ExpiredProposal {
  id: string;
  organisation_id: string;
  vacancy_id: string;
  from_state: string;
}

@Injectable()
export class PathwayRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  proposalForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<ProposalEntity | null> {
    return manager.findOne(ProposalEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  proposalExists(organisationId: OrganisationId, id: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(ProposalEntity, { id, organisationId });
  }

  /** The proposals other organisations made for a vacancy the organisation published, with their moves. */
  proposalsFromNetwork(
    publisher: OrganisationId,
    vacancyId: string,
  ): Promise<
    Array<
      Pick<
        ProposalEntity,
        | 'id'
        | 'organisationId'
        | 'candidateId'
        | 'vacancyId'
        | 'state'
        | 'note'
        | 'createdAt'
        | 'updatedAt'
      > & { events: Array<{ at: Date; from: ProposalState | null; to: ProposalState }> }
    >
  > {
    return this.dataSource.query(PROPOSALS_FROM_NETWORK_SQL, [vacancyId, publisher]);
  }

  /** The proposals of a candidate, of a vacancy, or one proposal, newest first. */
  proposalsOf(organisationId: OrganisationId, scope: ProposalScope): Promise<ProposalEntity[]> {
    const where =
      'candidateId' in scope
        ? { candidateId: scope.candidateId }
        : 'vacancyId' in scope
          ? { vacancyId: scope.vacancyId }
          : { id: scope.proposalId };
    return this.dataSource.manager.find(ProposalEntity, {
      where: { ...where, organisationId },
      order: { createdAt: 'DESC' },
    });
  }

  saveProposal(
    manager: EntityManager,
    proposal: DeepPartial<ProposalEntity>,
  ): Promise<ProposalEntity> {
    return manager.save(manager.create(ProposalEntity, proposal));
  }

  logEvent(
    manager: EntityManager,
    event: DeepPartial<ProposalEventEntity>,
  ): Promise<ProposalEventEntity> {
    return manager.save(manager.create(ProposalEventEntity, event));
  }

  /** The logs of some proposals, oldest entry first. */
  eventsOf(
    proposalIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProposalEventEntity[]> {
    if (proposalIds.length === 0) return Promise.resolve([]);
    return manager.find(ProposalEventEntity, {
      where: { proposalId: In([...proposalIds]) },
      order: { id: 'ASC' },
    });
  }

  /** The placements that some proposals led to (their ids only). */
  placementsOfProposals(
    proposalIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<Pick<PlacementEntity, 'id' | 'proposalId'>>> {
    if (proposalIds.length === 0) return Promise.resolve([]);
    return manager.find(PlacementEntity, {
      select: { id: true, proposalId: true },
      where: { proposalId: In([...proposalIds]) },
    });
  }

  /**
   * Proposals with no news past their expiry become EXPIRED, each logged as done by the system;
   * rows locked by a person's transaction are left for the next run.
   */
  /** `expired` is told, inside the transaction, which proposals expired (fair share). */
  expireDue(
    now: Date,
    activeStates: readonly ProposalState[],
    expired: (manager: EntityManager, rows: ExpiredProposal[]) => void = () => undefined,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [ExpiredProposal[], number] = await manager.query(EXPIRE_DUE_PROPOSALS_SQL, [
        now,
        activeStates,
      ]);
      if (rows.length > 0) {
        await manager.query(LOG_EXPIRED_PROPOSALS_SQL, [
          JSON.stringify(rows.map(({ vacancy_id: _vacancy, ...row }) => row)),
          now,
        ]);
        expired(manager, rows);
      }
      return rows.length;
    });
  }

  placementForUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    id: string,
  ): Promise<PlacementEntity | null> {
    return manager.findOne(PlacementEntity, {
      where: { id, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  savePlacement(
    manager: EntityManager,
    placement: DeepPartial<PlacementEntity>,
  ): Promise<PlacementEntity> {
    return manager.save(manager.create(PlacementEntity, placement));
  }

  /** A person's outcomes, newest first. */
  placementsOf(organisationId: OrganisationId, candidateId: string): Promise<PlacementEntity[]> {
    return this.dataSource.manager.find(PlacementEntity, {
      where: { candidateId, organisationId },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
  }

  saveSoftOutcome(outcome: DeepPartial<SoftOutcomeEntity>): Promise<SoftOutcomeEntity> {
    return this.dataSource.manager.save(this.dataSource.manager.create(SoftOutcomeEntity, outcome));
  }

  /** A person's soft outcomes, newest first. */
  softOutcomesOf(
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<SoftOutcomeEntity[]> {
    return this.dataSource.manager.find(SoftOutcomeEntity, {
      where: { candidateId, organisationId },
      order: { recordedAt: 'DESC' },
    });
  }

  /** A person's pathway for the GDPR export, inside the export's transaction. */
  async personalData(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<Record<keyof typeof EXPORT_SQL, unknown[]>> {
    const params = [candidateId, organisationId];
    const [proposals, proposalEvents, placements, softOutcomes] = await Promise.all([
      manager.query(EXPORT_SQL.proposals, params),
      manager.query(EXPORT_SQL.proposalEvents, params),
      manager.query(EXPORT_SQL.placements, params),
      manager.query(EXPORT_SQL.softOutcomes, params),
    ]);
    return { proposals, proposalEvents, placements, softOutcomes };
  }

  /**
   * Erasure clears every free-text note; states, dates and the placements' contract type, hours,
   * km zero and Law 68 flags stay for the outcome figures.
   */
  async eraseNotes(
    manager: EntityManager,
    organisationId: OrganisationId,
    candidateId: string,
  ): Promise<void> {
    const params = [candidateId, organisationId];
    await manager.query(ERASE_NOTES_SQL.proposals, params);
    await manager.query(ERASE_NOTES_SQL.erasureOn);
    await manager.query(ERASE_NOTES_SQL.proposalEvents, params);
    await manager.query(ERASE_NOTES_SQL.erasureOff);
    await manager.query(ERASE_NOTES_SQL.softOutcomes, params);
  }

  /** The last news and the proposals in play of some people of the organisation. */
  async caseloadSignals(
    organisationId: OrganisationId,
    candidateIds: readonly string[],
    activeStates: readonly ProposalState[],
  ): Promise<CaseloadSignal[]> {
    if (candidateIds.length === 0) return [];
    return this.dataSource.query(CASELOAD_SIGNALS_SQL, [
      organisationId,
      candidateIds,
      activeStates,
    ]);
  }

  /** The proposals in play of some people that expire, each person's soonest first. */
  async expiringProposals(
    organisationId: OrganisationId,
    candidateIds: readonly string[],
    activeStates: readonly ProposalState[],
  ): Promise<ExpiringProposal[]> {
    if (candidateIds.length === 0) return [];
    return this.dataSource.query(EXPIRING_PROPOSALS_SQL, [
      organisationId,
      candidateIds,
      activeStates,
    ]);
  }
}
