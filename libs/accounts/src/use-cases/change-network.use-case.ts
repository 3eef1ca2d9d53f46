import { Injectable } from '@nestjs/common';
import { AuditService } from '#libs/audit';
import type { Actor } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { type NetworkRow, NetworksRepository } from '../networks/networks.repository.js';

/** A change to a network's membership or coordinator. */
export type NetworkChange =
  | { kind: 'addMember'; organisationId: string }
  | { kind: 'removeMember'; organisationId: string }
  | { kind: 'nameCoordinator'; organisationId: string };

/**
 * Changes a network: only an admin of the coordinating organisation adds or removes members and
 * names the coordinator (always a member); an admin of a member organisation may take it out of the
 * network. A network the actor's organisation is not in is not found. Every change is audited.
 * The vacancies shared in the network follow the change (see the vacancies' network refresh).
 */
@Injectable()
export class ChangeNetworkUseCase {
  constructor(
    private readonly networks: NetworksRepository,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Actor, networkId: string, change: NetworkChange): Promise<void> {
    await this.networks.transaction(async (manager) => {
      const network = await this.networks.forUpdate(manager, actor.organisationId, networkId);
      if (!network) throw AccountsError.networkNotFound();
      const leaving =
        change.kind === 'removeMember' && change.organisationId === actor.organisationId;
      if (network.coordinatorOrganisationId !== actor.organisationId && !leaving)
        throw AccountsError.notNetworkCoordinator();
      await this.apply(manager, actor, network, change);
    });
  }

  private async apply(
    manager: EntityManager,
    actor: Actor,
    network: NetworkRow,
    change: NetworkChange,
  ): Promise<void> {
    const target = change.organisationId;
    const record = (action: Parameters<AuditService['record']>[0]['action'], details = {}) =>
      this.audit.record(
        {
          action,
          actor,
          subjectType: 'network',
          subjectId: network.id,
          details: { organisationId: target, ...details },
        },
        manager,
      );
    if (change.kind === 'addMember') {
      if (!(await this.networks.organisationExists(manager, target)))
        throw AccountsError.organisationNotFound();
      if (await this.networks.addMember(manager, network.id, target))
        await record('NETWORK_MEMBER_ADDED');
    } else if (change.kind === 'removeMember') {
      if (target === network.coordinatorOrganisationId)
        throw AccountsError.cannotRemoveCoordinator();
      if (await this.networks.removeMember(manager, network.id, target))
        await record('NETWORK_MEMBER_REMOVED');
    } else {
      if (!(await this.networks.isMember(manager, network.id, target)))
        throw AccountsError.coordinatorNotMember();
      if (target !== network.coordinatorOrganisationId) {
        await this.networks.setCoordinator(manager, network.id, target);
        await record('NETWORK_COORDINATOR_CHANGED', {
          previous: network.coordinatorOrganisationId,
        });
      }
    }
  }
}
