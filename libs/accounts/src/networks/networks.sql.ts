/**
 * The one definition of network membership for other libs' queries: whether the organisation
 * `organisation` (an SQL expression) is a member of the network `network` (an SQL expression).
 */
export function networkMemberSql(network: string, organisation: string): string {
  return `EXISTS (SELECT 1 FROM network_members
      WHERE network_members.network_id = ${network} AND network_members.organisation_id = ${organisation})`;
}

/** The organisations that share at least one network with `organisation` (itself included when a member). */
export function networkPeersSql(organisation: string): string {
  return `SELECT peer.organisation_id FROM network_members own
      JOIN network_members peer ON peer.network_id = own.network_id
     WHERE own.organisation_id = ${organisation}`;
}

export const NETWORKS_OF_ORGANISATION_SQL = `
  SELECT n.id, n.name, n.coordinator_organisation_id AS "coordinatorOrganisationId",
         n.created_at AS "createdAt",
         coalesce((SELECT jsonb_agg(jsonb_build_object('organisationId', o.id, 'name', o.name,
                     'kind', o.kind, 'joinedAt', m.joined_at) ORDER BY o.name)
                     FROM network_members m JOIN organisations o ON o.id = m.organisation_id
                    WHERE m.network_id = n.id), '[]'::jsonb) AS members
    FROM networks n
   WHERE EXISTS (SELECT 1 FROM network_members me
                  WHERE me.network_id = n.id AND me.organisation_id = $1)
     AND ($2::uuid IS NULL OR n.id = $2)
   ORDER BY n.name`;
