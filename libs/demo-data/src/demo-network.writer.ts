import type { EntityManager } from 'typeorm';
import type { Rng } from './prng.js';

/** One network joining every generated organisation, with part of their vacancies published to it. */
export interface DemoNetworkOptions {
  name: string;
  /** The share of every organisation's vacancies published to the network, from 0 to 1 (1: all). */
  sharedVacancies: number;
}

/** What `npm start` seeds: the demo organisations in one network, about a third of the offers shared. */
export const DEMO_NETWORK: DemoNetworkOptions = {
  name: 'Rete Lombardia Inclusiva',
  sharedVacancies: 0.35,
};

/**
 * Writes the network (coordinated by the first organisation), its members and the vacancies
 * published to it. Which vacancies is decided by a hash of their ids, which come from the seed: the
 * same seed shares the same ones.
 */
export async function writeDemoNetwork(
  manager: EntityManager,
  rng: Rng,
  organisationIds: readonly string[],
  options: DemoNetworkOptions,
): Promise<number> {
  const id = rng.uuid();
  await manager.query(
    `INSERT INTO networks (id, name, coordinator_organisation_id) VALUES ($1, $2, $3)`,
    [id, options.name, organisationIds[0]],
  );
  await manager.query(
    `INSERT INTO network_members (network_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
    [id, organisationIds],
  );
  const shared: unknown[] = await manager.query(
    `INSERT INTO vacancy_networks (vacancy_id, network_id)
     SELECT v.id, $1 FROM vacancies v
      WHERE v.organisation_id = ANY($2::uuid[]) AND abs(hashtext(v.id::text)) % 10000 < $3
     RETURNING 1`,
    [id, organisationIds, Math.round(Math.min(1, Math.max(0, options.sharedVacancies)) * 10000)],
  );
  return shared.length;
}
