import { networkMemberSql } from '#libs/accounts';

/**
 * The one definition of who sees a vacancy, for every query that shows vacancies to an
 * organisation (the vacancy's own pages, search, matching, the bulletin, proposals): its own
 * organisation, and the members of every network it is published to while its organisation is a
 * member too (an organisation that leaves a network takes its shared vacancies with it).
 * `alias` is the vacancies table's alias in the query, `organisation` an SQL expression for the
 * reader's organisation (a parameter such as `$2::uuid`, or a column).
 */
export function vacancyVisibleToOrganisationSql(alias: string, organisation: string): string {
  return `(${alias}.organisation_id = ${organisation} OR ${vacancySharedWithSql(alias, organisation)})`;
}

/** Published to a network of both the vacancy's organisation and `organisation` (see above). */
export function vacancySharedWithSql(alias: string, organisation: string): string {
  return `EXISTS (SELECT 1 FROM vacancy_networks shared_in
      WHERE shared_in.vacancy_id = ${alias}.id
        AND ${networkMemberSql('shared_in.network_id', organisation)}
        AND ${networkMemberSql('shared_in.network_id', `${alias}.organisation_id`)})`;
}

/**
 * The organisations that see the vacancy `alias` (one column, `organisation_id`): its own and the
 * other members of the networks it is shared in. A sub-select for `IN (...)` or a lateral join.
 */
export function organisationsSeeingVacancySql(alias: string): string {
  return `SELECT ${alias}.organisation_id
    UNION
    SELECT seer.organisation_id FROM vacancy_networks shared_in
      JOIN network_members seer ON seer.network_id = shared_in.network_id
     WHERE shared_in.vacancy_id = ${alias}.id
       AND ${networkMemberSql('shared_in.network_id', `${alias}.organisation_id`)}`;
}

/**
 * The organisations whose vacancies `organisation` may see (one column, `organisation_id`): itself
 * and the members of its networks. A superset: each vacancy still has to pass
 * vacancyVisibleToOrganisationSql. Queries that walk an index keyed by organisation use it.
 */
export function organisationsPublishingToSql(organisation: string): string {
  return `SELECT ${organisation}::uuid AS organisation_id
    UNION
    SELECT peer.organisation_id FROM network_members own
      JOIN network_members peer ON peer.network_id = own.network_id
     WHERE own.organisation_id = ${organisation}`;
}
