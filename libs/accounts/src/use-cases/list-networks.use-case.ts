import { Injectable } from '@nestjs/common';
import type { OrganisationId } from '#libs/platform';
import { AccountsError } from '../accounts.error.js';
import type { NetworkView } from '../networks/network.view.js';
import { NetworksRepository } from '../networks/networks.repository.js';

/** The networks the organisation belongs to; a network it is not in is not found. */
@Injectable()
export class ListNetworksUseCase {
  constructor(private readonly networks: NetworksRepository) {}

  execute(organisationId: OrganisationId): Promise<NetworkView[]> {
    return this.networks.networksOf(organisationId);
  }

  async one(organisationId: OrganisationId, networkId: string): Promise<NetworkView> {
    const [view] = await this.networks.networksOf(organisationId, networkId);
    if (!view) throw AccountsError.networkNotFound();
    return view;
  }
}
