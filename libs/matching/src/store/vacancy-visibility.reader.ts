import type { DataSource, EntityManager } from 'typeorm';

/** The organisations whose people may be matched with each of these vacancies, by vacancy id. */
export type VacancyVisibility = (
  db: DataSource | EntityManager,
  vacancies: ReadonlyArray<{ id: string; organisationId: string }>,
) => Promise<Map<string, ReadonlySet<string>>>;

/**
 * Who sees a vacancy, for the in-memory index: today only the organisation that holds it. When
 * vacancies are shared through networks, this is the one function to switch to the vacancies lib's
 * reader of the organisations that can see each vacancy.
 */
export const ownOrganisationVisibility: VacancyVisibility = async (_db, vacancies) =>
  new Map(vacancies.map((vacancy) => [vacancy.id, new Set([vacancy.organisationId])]));

/**
 * Every vacancy visible to every listed organisation: the benchmark's stand-in for "all vacancies of
 * the region shared in one network" until networks exist.
 */
export function sharedNetworkVisibility(organisationIds: readonly string[]): VacancyVisibility {
  const everyone: ReadonlySet<string> = new Set(organisationIds);
  return async (_db, vacancies) => new Map(vacancies.map((vacancy) => [vacancy.id, everyone]));
}
