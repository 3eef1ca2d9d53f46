import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { networkMemberSql } from '#libs/accounts';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';

/** A network a vacancy is published to. */
export interface VacancyNetworkView {
  networkId: string;
  name: string;
  sharedAt: Date;
}

/** Where a vacancy is published: always its own organisation, and these networks. */
export interface VacancySharingView {
  vacancyId: string;
  networks: VacancyNetworkView[];
}

/** The networks vacancies are published to (`vacancy_networks`). */
@Injectable()
export class VacancyNetworksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The networks the vacancy is published to that its organisation is still a member of. */
  async sharingOf(
    vacancyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VacancySharingView> {
    const networks: VacancyNetworkView[] = await manager.query(
      `SELECT n.id AS "networkId", n.name, vn.shared_at AS "sharedAt"
         FROM vacancy_networks vn
         JOIN vacancies v ON v.id = vn.vacancy_id
         JOIN networks n ON n.id = vn.network_id
        WHERE vn.vacancy_id = $1 AND ${networkMemberSql('vn.network_id', 'v.organisation_id')}
        ORDER BY n.name`,
      [vacancyId],
    );
    return { vacancyId, networks };
  }

  /** Whether the organisation is a member of the network. */
  async isMember(
    manager: EntityManager,
    organisationId: OrganisationId,
    networkId: string,
  ): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT ${networkMemberSql('$1::uuid', '$2::uuid')} AS member`,
      [networkId, organisationId],
    );
    return row?.member === true;
  }

  /** Publishes the vacancy to the network; false when it already was. */
  async publish(manager: EntityManager, vacancyId: string, networkId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO vacancy_networks (vacancy_id, network_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [vacancyId, networkId],
    );
    return rows.length > 0;
  }

  /** Withdraws the vacancy from the network; false when it was not published there. */
  async withdraw(manager: EntityManager, vacancyId: string, networkId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `DELETE FROM vacancy_networks WHERE vacancy_id = $1 AND network_id = $2`,
      [vacancyId, networkId],
    );
    return count > 0;
  }

  /** The vacancies (id and organisation) published to the network. */
  sharedIn(
    manager: EntityManager,
    networkId: string,
  ): Promise<Array<{ id: string; organisationId: OrganisationId }>> {
    return manager.query(
      `SELECT v.id, v.organisation_id AS "organisationId"
         FROM vacancy_networks vn JOIN vacancies v ON v.id = vn.vacancy_id
        WHERE vn.network_id = $1`,
      [networkId],
    );
  }
}
