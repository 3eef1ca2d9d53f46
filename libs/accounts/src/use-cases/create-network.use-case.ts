import { Injectable } from '@nestjs/common';
import { AuditService } from '#libs/audit';
import type { Actor } from '#libs/platform';
import { AccountsError } from '../accounts.error.js';
import type { NetworkView } from '../networks/network.view.js';
import { NetworksRepository } from '../networks/networks.repository.js';

/** A new network, with the admin's organisation as its first member and coordinator. */
@Injectable()
export class CreateNetworkUseCase {
  constructor(
    private readonly networks: NetworksRepository,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Actor, input: { name: string }): Promise<NetworkView> {
    const name = input.name.trim();
    const id = await this.networks.transaction(async (manager) => {
      if (await this.networks.nameTaken(manager, name)) throw AccountsError.networkNameTaken();
      const id = await this.networks.create(manager, name, actor.organisationId);
      await this.audit.record(
        { action: 'NETWORK_CREATED', actor, subjectType: 'network', subjectId: id, details: {} },
        manager,
      );
      return id;
    });
    const [view] = await this.networks.networksOf(actor.organisationId, id);
    return view;
  }
}
