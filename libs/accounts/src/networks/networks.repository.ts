import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId } from '#libs/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { NetworkView } from './network.view.js';
import { NETWORKS_OF_ORGANISATION_SQL } from './networks.sql.js';

export interface NetworkRow {
  id: string;
  name: string;
  coordinatorOrganisationId: string;
}

/** Networks and their members. Pass the caller's transaction manager to work inside it. */
@Injectable()
export class NetworksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The networks the organisation is a member of, with their members. */
  networksOf(
    organisationId: OrganisationId,
    networkId: string | null = null,
  ): Promise<NetworkView[]> {
    return this.dataSource.query(NETWORKS_OF_ORGANISATION_SQL, [organisationId, networkId]);
  }

  async nameTaken(manager: EntityManager, name: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM networks WHERE lower(name) = lower($1)`, [
      name,
    ]);
    return row !== undefined;
  }

  async create(manager: EntityManager, name: string, coordinator: OrganisationId): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO networks (name, coordinator_organisation_id) VALUES ($1, $2) RETURNING id`,
      [name, coordinator],
    );
    await this.addMember(manager, row.id, coordinator);
    return row.id;
  }

  /** The network, locked against concurrent changes, if the organisation is one of its members. */
  async forUpdate(
    manager: EntityManager,
    organisationId: OrganisationId,
    networkId: string,
  ): Promise<NetworkRow | null> {
    const [row]: NetworkRow[] = await manager.query(
      `SELECT n.id, n.name, n.coordinator_organisation_id AS "coordinatorOrganisationId"
         FROM networks n
        WHERE n.id = $1 AND EXISTS (SELECT 1 FROM network_members m
                                     WHERE m.network_id = n.id AND m.organisation_id = $2)
        FOR UPDATE OF n`,
      [networkId, organisationId],
    );
    return row ?? null;
  }

  async organisationExists(manager: EntityManager, organisationId: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM organisations WHERE id = $1`, [
      organisationId,
    ]);
    return row !== undefined;
  }

  async isMember(
    manager: EntityManager,
    networkId: string,
    organisationId: string,
  ): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM network_members WHERE network_id = $1 AND organisation_id = $2`,
      [networkId, organisationId],
    );
    return row !== undefined;
  }

  /** Adds the member; false when it already was one. */
  async addMember(
    manager: EntityManager,
    networkId: string,
    organisationId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO network_members (network_id, organisation_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [networkId, organisationId],
    );
    return rows.length > 0;
  }

  /** Removes the member; false when it was not one. */
  async removeMember(
    manager: EntityManager,
    networkId: string,
    organisationId: string,
  ): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `DELETE FROM network_members WHERE network_id = $1 AND organisation_id = $2`,
      [networkId, organisationId],
    );
    return count > 0;
  }

  async setCoordinator(
    manager: EntityManager,
    networkId: string,
    organisationId: string,
  ): Promise<void> {
    await manager.query(`UPDATE networks SET coordinator_organisation_id = $2 WHERE id = $1`, [
      networkId,
      organisationId,
    ]);
  }

  /** Whether the organisation is a member of the network (a read for other libs). */
  async memberOf(organisationId: OrganisationId, networkId: string): Promise<boolean> {
    return this.isMember(this.dataSource.manager, networkId, organisationId);
  }
}
