import { VacancyFactsReader } from '#libs/vacancies';
import type { DataSource } from 'typeorm';

/** The organisations whose people may be matched with each of these vacancies, by vacancy id. */
export type VacancyVisibility = (
  db: DataSource,
  vacancies: ReadonlyArray<{ id: string; organisationId: string }>,
) => Promise<Map<string, ReadonlySet<string>>>;

/**
 * Who sees a vacancy, for the in-memory index: its own organisation and the members of the networks
 * it is published to, by the networks' one rule (VacancyFactsReader.organisationsSeeing, the same
 * SQL the pre-filter and the stored lists follow). The name stays for the index's default; a
 * vacancy the rule does not answer for is seen by its own organisation only.
 */
export const ownOrganisationVisibility: VacancyVisibility = async (db, vacancies) => {
  const seeing = await new VacancyFactsReader(db).organisationsSeeing(vacancies.map((v) => v.id));
  // Vacancies seen by the same organisations share one set (one per network, not per vacancy).
  const shared = new Map<readonly string[], ReadonlySet<string>>();
  const setOf = (organisations: readonly string[]) => {
    let set = shared.get(organisations);
    if (!set) shared.set(organisations, (set = new Set(organisations)));
    return set;
  };
  return new Map(
    vacancies.map((vacancy) => {
      const organisations = seeing.get(vacancy.id);
      return [vacancy.id, organisations ? setOf(organisations) : new Set([vacancy.organisationId])];
    }),
  );
};
